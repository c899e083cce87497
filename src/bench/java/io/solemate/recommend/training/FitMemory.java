package io.solemate.recommend.training;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.InteractionAggregates;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;

/**
 * What a fit's interaction read holds in memory, on a filled store (e.g. the benchmark scale of
 * {@code prepare-benchmark.sh}): the raw log read event by event as fits did before migration V13, then the user-shoe
 * aggregates {@link InteractionReader} reads now (compacted rows plus the events past the watermark folded on the
 * fly), whole and within a window. For each: rows, seconds, bytes in the columns and the heap retained after a full GC.
 *
 * <p>{@code FitMemory <jdbc-url> [window-days]}; migrates the database first. Run with {@code -XX:+UseParallelGC}
 * so that {@code System.gc()} is a full collection.
 */
public final class FitMemory {

    private static final String RAW_LOG = "SELECT user_id, shoe_id, kind, value, "
            + "extract(epoch FROM occurred_at)::bigint FROM interactions";

    private FitMemory() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int windowDays = args.length > 1 ? Integer.parseInt(args[1]) : 90;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url)) {
            System.out.printf(Locale.ROOT, "interactions %,d; compacted through id %,d of %,d%n",
                    count(connection, "SELECT count(*) FROM interactions"),
                    count(connection, "SELECT compacted_through FROM interaction_compaction"),
                    count(connection, "SELECT coalesce(max(id), 0) FROM interactions"));
            measure("raw log (before V13), one entry per event", () -> rawLog(connection), EventLog::size,
                    log -> 29L * log.size());
            measure("aggregates, all history", () -> aggregates(connection, Optional.empty()),
                    InteractionAggregates::size, InteractionAggregates::memoryBytes);
            LocalDate since = LocalDate.now(ZoneOffset.UTC).minusDays(windowDays - 1L);
            measure("aggregates, last " + windowDays + " days", () -> aggregates(connection, Optional.of(since)),
                    InteractionAggregates::size, InteractionAggregates::memoryBytes);
        }
    }

    private interface Size<T> {
        long of(T value);
    }

    private static <T> void measure(String what, Supplier<T> read, Size<T> rows, Size<T> columnBytes) {
        long before = retainedHeap();
        long started = System.nanoTime();
        T value = read.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        long retained = retainedHeap() - before;
        long n = rows.of(value);
        System.out.printf(Locale.ROOT, "%-45s %,11d rows  %6.1f s  columns %,6.1f MB (%.1f B/row)  "
                + "heap retained %,6.1f MB (%.1f B/row)%n", what, n, seconds, columnBytes.of(value) / 1e6,
                n == 0 ? 0.0 : (double) columnBytes.of(value) / n, retained / 1e6,
                n == 0 ? 0.0 : (double) retained / n);
    }

    private static long retainedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static EventLog rawLog(Connection connection) {
        try {
            connection.setAutoCommit(false);
            EventLog log = new EventLog(1 << 16);
            try (PreparedStatement statement = connection.prepareStatement(RAW_LOG)) {
                statement.setFetchSize(10_000);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        float value = row.getFloat(4);
                        log.add(row.getLong(1), row.getLong(2),
                                EventKind.valueOf(row.getString(3).toUpperCase(Locale.ROOT)),
                                row.wasNull() ? Float.NaN : value, row.getLong(5));
                    }
                }
            }
            connection.rollback();
            connection.setAutoCommit(true);
            return log;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InteractionAggregates aggregates(Connection connection, Optional<LocalDate> since) {
        try {
            return InteractionReader.read(connection, since);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
