package io.solemate.interactions.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.InteractionAggregates;
import io.solemate.recommend.training.InteractionReader;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InteractionCompactionTest {

    private static final Instant MORNING = Instant.parse("2026-03-02T08:15:00Z");

    @Inject
    InteractionCompaction compaction;

    @Inject
    InteractionReader reader;

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    /** The whole raw log, read as the fit read it before the aggregate: one entry per event. */
    private EventLog rawLog() {
        EventLog log = new EventLog(1 << 14);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT user_id, shoe_id, kind, value, "
                        + "extract(epoch FROM occurred_at)::bigint FROM interactions ORDER BY id")) {
            while (row.next()) {
                float value = row.getFloat(4);
                log.add(row.getLong(1), row.getLong(2), EventKind.valueOf(row.getString(3).toUpperCase()),
                        row.wasNull() ? Float.NaN : value, row.getLong(5));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return log;
    }

    /**
     * Rows by key (user, shoe, kind, rating, day) as "count, mean second, last second". Rows of one key from both
     * the table and the unfolded tail merge as the matrix merges them; the mean is rounded to a millisecond.
     */
    private static Map<String, String> byKey(InteractionAggregates rows) {
        Map<String, long[]> merged = new TreeMap<>();
        Map<String, double[]> sums = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String key = rows.userId(i) + "/" + rows.shoeId(i) + "/" + rows.kind(i) + "/" + rows.value(i) + "/"
                    + InteractionAggregates.day(rows.lastEpochSecond(i));
            long[] counts = merged.computeIfAbsent(key, k -> new long[] { 0, Long.MIN_VALUE });
            counts[0] += rows.count(i);
            counts[1] = Math.max(counts[1], rows.lastEpochSecond(i));
            sums.computeIfAbsent(key, k -> new double[1])[0] += rows.meanEpochSecond(i) * rows.count(i);
        }
        Map<String, String> described = new TreeMap<>();
        merged.forEach((key, counts) -> described.put(key, counts[0] + ", "
                + Math.round(sums.get(key)[0] / counts[0] * 1000) + ", " + counts[1]));
        return described;
    }

    private Map<String, String> read(Optional<LocalDate> since) {
        try {
            return byKey(reader.read(since));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long watermark() {
        return fixtures.queryLong("SELECT compacted_through FROM interaction_compaction");
    }

    /** Events on one pair and day (folded into one row), a second rating value, a return and a later day. */
    private long[] addEvents() {
        long brand = fixtures.brand(Fixtures.unique("Folded"));
        long shoe = fixtures.shoe("Fold Runner", brand, "running", "women", "mesh", 120, true, 39);
        long user = fixtures.user(Fixtures.unique("Folder"), "women", 39.0);
        long first = fixtures.interaction(user, shoe, "view", null, MORNING);
        fixtures.interaction(user, shoe, "view", null, MORNING.plusSeconds(3_600));
        fixtures.interaction(user, shoe, "view", null, MORNING.plusSeconds(7_777));
        fixtures.interaction(user, shoe, "rating", 5f, MORNING.plusSeconds(60));
        fixtures.interaction(user, shoe, "rating", 2f, MORNING.plusSeconds(90));
        fixtures.interaction(user, shoe, "purchase", null, MORNING.plusSeconds(120));
        fixtures.interaction(user, shoe, "return", null, MORNING.plusSeconds(86_400 * 3));
        long last = fixtures.interaction(user, shoe, "view", null, MORNING.plusSeconds(86_400 * 3 + 5));
        return new long[] { first, last, user, shoe };
    }

    @Test
    void aggregateEqualsAFoldOfTheRawLog() {
        addEvents();
        compaction.compact().await().indefinitely();
        assertEquals(fixtures.queryLong("SELECT max(id) FROM interactions"), watermark());
        assertEquals(fixtures.queryLong("SELECT count(*) FROM interactions"),
                fixtures.queryLong("SELECT sum(events) FROM interaction_aggregates"));
        assertEquals(byKey(InteractionAggregates.fold(rawLog())), read(Optional.empty()));
    }

    @Test
    void compactionIsIncrementalAndIdempotent() {
        long[] added = addEvents();
        compaction.compact().await().indefinitely();
        long before = watermark();
        assertTrue(before >= added[1]);
        // Same pair and day as a row already folded: the next step adds to it rather than writing another.
        long late = fixtures.interaction(added[2], added[3], "view", null, MORNING.plusSeconds(30));

        InteractionCompaction.Summary run = compaction.compact().await().indefinitely();
        assertEquals(before, run.from(), "starts at the watermark");
        assertEquals(late, run.through());
        assertEquals(1, run.rows(), "one row updated");
        assertEquals(4, fixtures.queryLong("SELECT events FROM interaction_aggregates WHERE user_id = ? "
                + "AND kind = 'view' AND day = ?", added[2], LocalDate.ofInstant(MORNING, ZoneOffset.UTC)),
                "four views that morning, folded in two runs");
        Map<String, String> folded = read(Optional.empty());
        assertEquals(byKey(InteractionAggregates.fold(rawLog())), folded);

        InteractionCompaction.Summary again = compaction.compact().await().indefinitely();
        assertEquals(0, again.steps(), "nothing new: nothing folded twice");
        assertEquals(folded, read(Optional.empty()));
    }

    @Test
    void fitsReadEventsPastTheWatermarkFoldedOnTheFly() {
        compaction.compact().await().indefinitely();
        long[] added = addEvents();
        assertTrue(watermark() < added[0], "not compacted yet");
        assertEquals(byKey(InteractionAggregates.fold(rawLog())), read(Optional.empty()));
    }

    @Test
    void concurrentRunsFoldEachEventOnce() {
        addEvents();
        addEvents();
        Uni.combine().all().unis(compaction.compact(), compaction.compact()).asTuple().await().indefinitely();
        assertEquals(fixtures.queryLong("SELECT count(*) FROM interactions"),
                fixtures.queryLong("SELECT sum(events) FROM interaction_aggregates"));
    }

    @Test
    void aBoundedWindowReadsItsDaysOnly() {
        long[] added = addEvents();
        LocalDate returnDay = LocalDate.ofInstant(MORNING, ZoneOffset.UTC).plusDays(3);
        Map<String, String> recent = read(Optional.of(returnDay));
        long windowStart = returnDay.toEpochDay() * 86_400;
        assertFalse(recent.isEmpty());
        recent.forEach((key, row) -> assertTrue(Long.parseLong(row.substring(row.lastIndexOf(' ') + 1))
                >= windowStart, key + " is older than the window"));
        assertTrue(recent.containsKey(added[2] + "/" + added[3] + "/RETURN/NaN/" + returnDay.toEpochDay()));
        assertFalse(recent.containsKey(added[2] + "/" + added[3] + "/PURCHASE/NaN/" + (returnDay.toEpochDay() - 3)));
    }
}
