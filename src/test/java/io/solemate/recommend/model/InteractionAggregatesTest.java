package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import org.junit.jupiter.api.Test;

/** The fold of a raw log into (user, shoe, kind, rating, day) rows, and the columnar log both grow in. */
class InteractionAggregatesTest {

    private static final long DAY = 86_400;
    private static final long MIDNIGHT = 20_000 * DAY;

    @Test
    void theDayIsTheUtcDayRoundedDown() {
        assertEquals(20_000, InteractionAggregates.day(MIDNIGHT));
        assertEquals(20_000, InteractionAggregates.day(MIDNIGHT + DAY - 1));
        assertEquals(-1, InteractionAggregates.day(-1), "a second before 1970 is on the day before");
    }

    @Test
    void eventsOfOneKeyAndDayFoldIntoOneRowWithCountMeanAndLatest() {
        EventLog log = new EventLog(0);
        log.add(7, 1, EventKind.VIEW, Float.NaN, MIDNIGHT + 300);
        log.add(7, 1, EventKind.VIEW, Float.NaN, MIDNIGHT + 100);
        log.add(7, 1, EventKind.VIEW, Float.NaN, MIDNIGHT + 200);
        log.add(7, 1, EventKind.RATING, 4f, MIDNIGHT + 10);
        log.add(7, 1, EventKind.RATING, 5f, MIDNIGHT + 20);
        log.add(7, 1, EventKind.VIEW, Float.NaN, MIDNIGHT + DAY);
        InteractionAggregates rows = InteractionAggregates.fold(log);
        assertEquals(4, rows.size(), "three views that day, two distinct ratings, the view the next day");
        assertEquals(7, rows.userId(0));
        assertEquals(1, rows.shoeId(0));
        assertEquals(EventKind.VIEW, rows.kind(0));
        assertTrue(Float.isNaN(rows.value(0)));
        assertEquals(3, rows.count(0));
        assertEquals(MIDNIGHT + 200, rows.meanEpochSecond(0), 1e-9);
        assertEquals(MIDNIGHT + 300, rows.lastEpochSecond(0), "the latest, not the last logged");
        assertEquals(EventKind.RATING, rows.kind(1));
        assertEquals(4f, rows.value(1));
        assertEquals(5f, rows.value(2));
        assertEquals(1, rows.count(3));
        assertEquals(MIDNIGHT + DAY, rows.lastEpochSecond(3));
    }

    @Test
    void aRowWhoseFirstEventIsItsLatestKeepsIt() {
        EventLog log = new EventLog(4);
        log.add(7, 1, EventKind.CART, Float.NaN, MIDNIGHT + 500);
        log.add(7, 1, EventKind.CART, Float.NaN, MIDNIGHT + 400);
        assertEquals(MIDNIGHT + 500, InteractionAggregates.fold(log).lastEpochSecond(0));
    }

    @Test
    void rowsAndLogsGrowPastTheirInitialCapacity() {
        EventLog log = new EventLog(1);
        InteractionAggregates rows = new InteractionAggregates(1);
        for (int i = 0; i < 100; i++) {
            log.add(i, 1000 + i, EventKind.PURCHASE, i, MIDNIGHT + i);
            rows.add(i, 1000 + i, EventKind.LIKE, Float.NaN, i + 1, MIDNIGHT + i / 2.0, MIDNIGHT + i);
        }
        assertEquals(100, log.size());
        assertEquals(100, rows.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, log.userId(i));
            assertEquals(1000 + i, log.shoeId(i));
            assertEquals(EventKind.PURCHASE, log.kind(i));
            assertEquals(i, log.value(i));
            assertEquals(MIDNIGHT + i, log.epochSecond(i));
            assertEquals(i + 1, rows.count(i));
            assertEquals(MIDNIGHT + i / 2.0, rows.meanEpochSecond(i));
            assertEquals(MIDNIGHT + i, rows.lastEpochSecond(i));
        }
        // 16, then half again each time it fills: 24, 36, 54, 81, 121.
        assertEquals(121L * InteractionAggregates.BYTES_PER_ROW, rows.memoryBytes());
        assertEquals(16L * InteractionAggregates.BYTES_PER_ROW, new InteractionAggregates(3).memoryBytes());
        assertEquals(41, InteractionAggregates.BYTES_PER_ROW);
    }
}
