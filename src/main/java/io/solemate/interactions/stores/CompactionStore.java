package io.solemate.interactions.stores;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The SQL of folding the interaction log into {@code interaction_aggregates} (the fold itself is
 * {@code fold_interactions()}, defined once in migration V13).
 */
@ApplicationScoped
public class CompactionStore {

    /**
     * {@code SHARE} waits for every transaction that is inserting into the log and holds back new ones meanwhile, so
     * every id up to the maximum it then sees is committed: none below it can still appear. Held for one read only.
     */
    private static final String LOCK_LOG = "LOCK TABLE interactions IN SHARE MODE";
    private static final String NO_LONG_WAIT = "SET LOCAL lock_timeout = '2s'";
    private static final String MAX_ID = "SELECT coalesce(max(id), 0) FROM interactions";
    private static final String WATERMARK = "SELECT compacted_through FROM interaction_compaction FOR UPDATE";
    private static final String FOLD = """
            INSERT INTO interaction_aggregates AS a
                   (user_id, shoe_id, kind, value, day, events, epoch_sum, first_at, last_at)
            SELECT user_id, shoe_id, kind, value, day, events, epoch_sum, first_at, last_at
            FROM fold_interactions($1, $2)
            ON CONFLICT (user_id, shoe_id, kind, value, day) DO UPDATE
                SET events = a.events + excluded.events,
                    epoch_sum = a.epoch_sum + excluded.epoch_sum,
                    first_at = least(a.first_at, excluded.first_at),
                    last_at = greatest(a.last_at, excluded.last_at)""";
    private static final String MOVE_WATERMARK = "UPDATE interaction_compaction SET compacted_through = $1";

    /** One step: the interactions with {@code from < id <= through} folded into {@code rows} aggregate rows. */
    public record Step(long from, long through, int rows) {

        public boolean moved() {
            return through > from;
        }
    }

    private final Pool pool;

    public CompactionStore(Pool pool) {
        this.pool = pool;
    }

    /** The highest interaction id below which the log can no longer change. */
    public Uni<Long> settledThrough() {
        return pool.withTransaction(connection -> connection.query(NO_LONG_WAIT).execute()
                .chain(() -> connection.query(LOCK_LOG).execute())
                .chain(() -> connection.query(MAX_ID).execute())
                .map(rows -> rows.iterator().next().getLong(0)));
    }

    /**
     * Folds the next ids after the watermark, at most {@code batchSize} and none above {@code settled}, and moves the
     * watermark in the same transaction. The watermark row is locked first, so concurrent runs (replicas) take turns
     * and none folds an id twice; a crash rolls the rows and the watermark back together.
     */
    public Uni<Step> step(long settled, int batchSize) {
        return pool.withTransaction(connection -> connection.query(WATERMARK).execute()
                .map(rows -> rows.iterator().next().getLong(0))
                .flatMap(from -> {
                    long through = Math.min(settled, from + batchSize);
                    if (through <= from) {
                        return Uni.createFrom().item(new Step(from, from, 0));
                    }
                    return connection.preparedQuery(FOLD).execute(Tuple.of(from, through))
                            .flatMap(folded -> connection.preparedQuery(MOVE_WATERMARK).execute(Tuple.of(through))
                                    .replaceWith(new Step(from, through, folded.rowCount())));
                }));
    }
}
