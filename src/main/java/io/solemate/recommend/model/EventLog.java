package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;
import java.util.Arrays;

/** Growable columnar log of interactions, filled row by row from the database stream without an object per row. */
public final class EventLog {

    private long[] userIds;
    private long[] shoeIds;
    private byte[] kinds;
    private float[] values;
    private long[] epochSeconds;
    private int size;

    public EventLog(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        userIds = new long[capacity];
        shoeIds = new long[capacity];
        kinds = new byte[capacity];
        values = new float[capacity];
        epochSeconds = new long[capacity];
    }

    /** Appends one event; {@code value} is the rating for {@link EventKind#RATING} and NaN otherwise. */
    public void add(long userId, long shoeId, EventKind kind, float value, long epochSecond) {
        if (size == userIds.length) {
            int capacity = size + (size >> 1);
            userIds = Arrays.copyOf(userIds, capacity);
            shoeIds = Arrays.copyOf(shoeIds, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
            values = Arrays.copyOf(values, capacity);
            epochSeconds = Arrays.copyOf(epochSeconds, capacity);
        }
        userIds[size] = userId;
        shoeIds[size] = shoeId;
        kinds[size] = (byte) kind.ordinal();
        values[size] = value;
        epochSeconds[size] = epochSecond;
        size++;
    }

    public int size() {
        return size;
    }

    public long userId(int i) {
        return userIds[i];
    }

    public long shoeId(int i) {
        return shoeIds[i];
    }

    public EventKind kind(int i) {
        return EventKind.ofOrdinal(kinds[i]);
    }

    public float value(int i) {
        return values[i];
    }

    public long epochSecond(int i) {
        return epochSeconds[i];
    }
}
