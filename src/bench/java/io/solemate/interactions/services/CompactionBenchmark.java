package io.solemate.interactions.services;

import io.solemate.interactions.InteractionsConfig;
import io.solemate.interactions.stores.CompactionStore;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Times {@link InteractionCompaction} (the job's own code, outside Quarkus) on a filled store: the first run over the
 * whole log, then a run with nothing new. {@code CompactionBenchmark <host:port/database> [user] [batch-size]};
 * migrates the database first.
 */
public final class CompactionBenchmark {

    private CompactionBenchmark() {
    }

    public static void main(String[] args) {
        String database = args[0];
        String user = args.length > 1 ? args[1] : "postgres";
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        Flyway.configure().dataSource("jdbc:postgresql://" + database + "?user=" + user, null, null)
                .locations("classpath:db/migration").load().migrate();
        Vertx vertx = Vertx.vertx();
        PgConnectOptions options = PgConnectOptions.fromUri("postgresql://" + database).setUser(user);
        Pool pool = Pool.newInstance(PgBuilder.pool().connectingTo(options).using(vertx.getDelegate()).build());
        InteractionCompaction compaction = new InteractionCompaction(new CompactionStore(pool),
                new InteractionsConfig() {
                    @Override
                    public String compactionInterval() {
                        return "off";
                    }

                    @Override
                    public int compactionBatchSize() {
                        return batchSize;
                    }
                });
        try {
            for (String run : new String[] { "first run", "nothing new" }) {
                long started = System.nanoTime();
                InteractionCompaction.Summary summary = compaction.compact().await().indefinitely();
                System.out.printf(Locale.ROOT, "%-12s ids %,d..%,d in %d steps of <= %,d ids: %,d aggregate rows "
                        + "written, %.1f s%n", run, summary.from() + 1, summary.through(), summary.steps(), batchSize,
                        summary.rows(), (System.nanoTime() - started) / 1e9);
            }
        } finally {
            pool.closeAndAwait();
            vertx.closeAndAwait();
        }
    }
}
