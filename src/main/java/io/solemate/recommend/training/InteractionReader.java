package io.solemate.recommend.training;

import io.agroal.api.AgroalDataSource;
import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.InteractionAggregates;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the interactions a fit learns from: the compacted {@code interaction_aggregates} plus the events past the
 * compaction watermark, folded the same way ({@code fold_interactions()}, migration V13), in one statement and so
 * one snapshot: no event is counted twice or missed while a compaction step commits. Blocking JDBC with a cursor, to
 * be called on a worker thread: the row loop runs there and never on an event loop.
 */
@ApplicationScoped
public class InteractionReader {

    /** Rows fetched per round trip. */
    private static final int FETCH_SIZE = 10_000;

    /** Maps the kind column to {@link EventKind#ordinal()} in SQL, in the enum's own order. */
    static final String KIND_ORDINAL = "array_position(ARRAY[" + Arrays.stream(EventKind.values())
            .map(k -> "'" + k.dbValue() + "'").collect(Collectors.joining(",")) + "], kind) - 1";

    static final String READ = "SELECT user_id, shoe_id, " + KIND_ORDINAL + """
             AS kind, value, events, epoch_sum, extract(epoch FROM last_at)::bigint AS last_epoch
            FROM (SELECT user_id, shoe_id, kind, value, day, events, epoch_sum, last_at FROM interaction_aggregates
                  UNION ALL
                  SELECT f.user_id, f.shoe_id, f.kind, f.value, f.day, f.events, f.epoch_sum, f.last_at
                  FROM interaction_compaction c,
                       fold_interactions(c.compacted_through, 9223372036854775807) f) folded
            WHERE day >= coalesce(?, '-infinity'::date)""";

    private final AgroalDataSource dataSource;

    public InteractionReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Every aggregate row, or those of {@code since} and later days only (a bounded window). Refuses to run on an
     * event loop: millions of rows would stall every request served by it (the p99 jump during refits).
     */
    public InteractionAggregates read(Optional<LocalDate> since) throws SQLException {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("The interaction read blocks; it must run on a worker thread");
        }
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, since);
        }
    }

    /** The same read on a given connection (the benchmark program's). */
    public static InteractionAggregates read(Connection connection, Optional<LocalDate> since) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        // PostgreSQL's driver fetches through a cursor (FETCH_SIZE rows at a time) only inside a transaction.
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(READ)) {
            statement.setFetchSize(FETCH_SIZE);
            statement.setObject(1, since.orElse(null), Types.DATE);
            InteractionAggregates rows = new InteractionAggregates(1 << 16);
            EventKind[] kinds = EventKind.values();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    EventKind kind = kinds[row.getInt(3)];
                    int events = row.getInt(5);
                    rows.add(row.getLong(1), row.getLong(2), kind,
                            kind == EventKind.RATING ? row.getFloat(4) : Float.NaN, events,
                            (double) row.getLong(6) / events, row.getLong(7));
                }
            }
            return rows;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}
