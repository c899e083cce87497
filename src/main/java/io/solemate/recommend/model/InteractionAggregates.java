package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a fit reads instead of the raw interaction log: the log folded per (user, shoe, kind, rating value, UTC day),
 * each row with its count of events, their mean time and the latest one. It holds everything the models apply: the
 * event weights (kind and rating value), decay (the mean time, see below), the returns rule (the latest purchase and
 * return of a pair) and a per-user time order at day resolution.
 *
 * <p>This is the definition of the aggregate; the {@code interaction_aggregates} table (migration V13, kept current by
 * {@code interactions.services.InteractionCompaction}) holds the same rows, and {@link #fold(EventLog)} computes them
 * from a log in memory (the offline evaluation, the tests). Seconds are whole seconds (PostgreSQL's
 * {@code extract(epoch FROM occurred_at)::bigint}) and the day is the UTC day of that second.
 *
 * <p>Decay at the mean time: a row stands for {@code count} events at its mean time, so a row of one event is exact
 * and a row of several differs from the sum of their own decays by a factor of at most cosh(ln 2 · d / (2h)) for
 * events spread over d ≤ 1 day and a half-life of h days: below 8·10⁻⁶ at the default 90 days.
 *
 * <p>Memory: 41 bytes a row (two longs for the ids, a byte, a float, an int, a double and a long), plus up to half
 * again while the columns grow.
 */
public final class InteractionAggregates {

    /** Bytes one row takes in the columns. */
    public static final int BYTES_PER_ROW = 8 + 8 + 1 + 4 + 4 + 8 + 8;

    private static final long SECONDS_PER_DAY = 86_400;

    /** Each row's user, shoe, kind, rating and latest event time, stored as that latest event. */
    private final EventLog latest;
    private int[] counts;
    private double[] meanEpochSeconds;

    public InteractionAggregates(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        latest = new EventLog(capacity);
        counts = new int[capacity];
        meanEpochSeconds = new double[capacity];
    }

    /** The UTC day (days since 1970-01-01) an event at {@code epochSecond} is counted in. */
    public static long day(long epochSecond) {
        return Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    }

    /**
     * The rows of a log, in the order each row's first event appears. Ratings keep their value in the key; every
     * other kind carries none (NaN), as the weights ignore it.
     */
    public static InteractionAggregates fold(EventLog events) {
        record Key(long user, long shoe, EventKind kind, float value, long day) {
        }
        Map<Key, Integer> rowOf = new LinkedHashMap<>();
        int[] counts = new int[events.size()];
        long[] epochSums = new long[events.size()];
        long[] lastEpochs = new long[events.size()];
        for (int e = 0; e < events.size(); e++) {
            EventKind kind = events.kind(e);
            long at = events.epochSecond(e);
            Key key = new Key(events.userId(e), events.shoeId(e), kind,
                    kind == EventKind.RATING ? events.value(e) : Float.NaN, day(at));
            int row = rowOf.computeIfAbsent(key, k -> rowOf.size());
            counts[row]++;
            epochSums[row] += at;
            lastEpochs[row] = counts[row] == 1 ? at : Math.max(lastEpochs[row], at);
        }
        InteractionAggregates rows = new InteractionAggregates(rowOf.size());
        rowOf.forEach((key, row) -> rows.add(key.user(), key.shoe(), key.kind(), key.value(), counts[row],
                (double) epochSums[row] / counts[row], lastEpochs[row]));
        return rows;
    }

    /** Appends one row; {@code value} is the rating for {@link EventKind#RATING} and NaN otherwise. */
    public void add(long userId, long shoeId, EventKind kind, float value, int count, double meanEpochSecond,
            long lastEpochSecond) {
        int row = latest.size();
        if (row == counts.length) {
            int capacity = row + (row >> 1);
            counts = Arrays.copyOf(counts, capacity);
            meanEpochSeconds = Arrays.copyOf(meanEpochSeconds, capacity);
        }
        latest.add(userId, shoeId, kind, value, lastEpochSecond);
        counts[row] = count;
        meanEpochSeconds[row] = meanEpochSecond;
    }

    public int size() {
        return latest.size();
    }

    public long userId(int i) {
        return latest.userId(i);
    }

    public long shoeId(int i) {
        return latest.shoeId(i);
    }

    public EventKind kind(int i) {
        return latest.kind(i);
    }

    /** The rating of a rating row; NaN for the other kinds. */
    public float value(int i) {
        return latest.value(i);
    }

    /** How many events the row folds. */
    public int count(int i) {
        return counts[i];
    }

    public double meanEpochSecond(int i) {
        return meanEpochSeconds[i];
    }

    public long lastEpochSecond(int i) {
        return latest.epochSecond(i);
    }

    /** Bytes the columns hold now, spare capacity included. */
    public long memoryBytes() {
        return (long) counts.length * BYTES_PER_ROW;
    }
}
