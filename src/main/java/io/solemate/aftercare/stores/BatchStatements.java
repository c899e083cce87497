package io.solemate.aftercare.stores;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Runs the statements the job repeats for every batch, with planner settings for them alone ({@code SET LOCAL}, so
 * nothing else on the pooled connection sees them):
 * <ul>
 * <li>{@code jit = off}: compiling a plan costs tens of milliseconds, more than running it; a run that finds nothing
 * new would spend most of its time compiling.</li>
 * <li>{@code enable_seqscan = off}: the statements look up notifications by their unique key, one purchase at a time.
 * Planned while the table is nearly empty — as at the start of a first run, while the other batch is filling it —
 * PostgreSQL would rather scan it than use the index, and one batch's scans then grow with the millions of rows the
 * run writes meanwhile (a single batch ran for over ten minutes that way).</li>
 * </ul>
 */
final class BatchStatements {

    private BatchStatements() {
    }

    static Uni<RowSet<Row>> execute(Pool pool, String sql, Tuple parameters) {
        return pool.withTransaction(connection -> connection.query("SET LOCAL jit = off").execute()
                .flatMap(set -> connection.query("SET LOCAL enable_seqscan = off").execute())
                .flatMap(set -> connection.preparedQuery(sql).execute(parameters)));
    }
}
