package io.solemate.aftercare;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.solemate.aftercare.services.AftercareJob;
import io.solemate.aftercare.services.CareReminderPass;
import io.solemate.aftercare.services.ReplacementPass;
import io.solemate.aftercare.stores.CatalogueStore;
import io.solemate.aftercare.stores.DueNotificationStore;
import io.solemate.aftercare.stores.PurchaseStore;
import io.solemate.aftercare.stores.SeasonStore;
import io.solemate.recommend.serving.ModelHolder;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Times the after-care job over a million purchases. Not a unit test: run it by hand against the local PostgreSQL
 * (127.0.0.1:5432, user postgres, trust auth) from the project directory:
 *
 * <pre>
 * ./mvnw -B -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
 *   &amp;&amp; java -cp target/bench-build/classes:$(cat target/bench-classpath.txt) \
 *        io.solemate.aftercare.AftercareBenchmark
 * </pre>
 *
 * It recreates the scratch database {@code solemate_aftercare_bench}, applies the migrations from
 * {@code filesystem:migrations}, generates 50 brands, 20,000 shoes, 200,000 users, two years of weather for ten
 * regions and 1,000,000 purchases spread over the last two years, then runs the job's care and replacement passes
 * three times with the production defaults and no model loaded (the SQL fallback picks replacements). The first run
 * writes everything that is due; the second and third must write nothing. With {@code --keep-data} it skips the
 * fill and times three runs on the database as it is; with {@code --redo-backlog} it keeps the purchases but empties
 * the notifications first, so that the first run is timed again without generating the store anew.
 */
public final class AftercareBenchmark {

    private static final String DATABASE = "solemate_aftercare_bench";
    private static final int RUNS = 3;

    private AftercareBenchmark() {
    }

    public static void main(String[] args) throws SQLException {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        if (List.of(args).contains("--keep-data")) {
            System.out.println("Timing the job on the data already in " + DATABASE);
        } else if (List.of(args).contains("--redo-backlog")) {
            emptyNotifications(server);
        } else {
            fill(server);
        }
        time();
    }

    private static void fill(String server) throws SQLException {
        try (Connection admin = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        Flyway.configure().dataSource(server + DATABASE, "postgres", "").locations("filesystem:migrations").load()
                .migrate();
        long fillStarted = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(server + DATABASE, "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String sql : FILL) {
                statement.execute(sql);
            }
        }
        System.out.printf("Filled in %d s%n", Duration.ofNanos(System.nanoTime() - fillStarted).toSeconds());
    }

    private static void emptyNotifications(String server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + DATABASE, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE notifications");
            statement.execute("VACUUM ANALYZE notifications");
            statement.execute("CHECKPOINT");
        }
        System.out.println("Emptied the notifications of " + DATABASE);
    }

    private static void time() {
        Vertx vertx = Vertx.vertx();
        Pool pool = Pool.newInstance(PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(4))
                .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(5432).setDatabase(DATABASE)
                        .setUser("postgres").setPassword(""))
                .using(vertx)
                .build());
        AftercareConfig config = Defaults.INSTANCE;
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        PurchaseStore purchases = new PurchaseStore(pool);
        DueNotificationStore notifications = new DueNotificationStore(pool);
        AftercareJob job = new AftercareJob(purchases, config, Clock.systemUTC(),
                new CareReminderPass(new SeasonStore(pool), notifications, config, registry),
                new ReplacementPass(purchases, new CatalogueStore(pool), notifications, config, new ModelHolder(),
                        registry));
        List<Long> millis = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            AftercareJob.RunSummary summary = job.run().await().atMost(Duration.ofMinutes(30));
            millis.add(summary.took().toMillis());
            System.out.printf("Run %d: %d ms, %d care reminders and %d replacement suggestions written, %d batches%n",
                    run, summary.took().toMillis(), summary.careCreated(), summary.replacementsCreated(),
                    summary.batches());
        }
        System.out.printf("Median of %d runs: %d ms%n", RUNS, millis.stream().sorted().toList().get(RUNS / 2));
        pool.closeAndAwait();
        vertx.close();
        // Its threads are not daemons: the JVM would linger for minutes after the last run, holding the bench lock.
        Infrastructure.getDefaultWorkerPool().shutdown();
    }

    /** The production defaults of {@link AftercareConfig}. */
    private enum Defaults implements AftercareConfig {
        INSTANCE;

        @Override
        public Duration interval() {
            return Duration.ofHours(1);
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public int careReminderCount() {
            return 12;
        }

        @Override
        public int replacementWindowDays() {
            return 30;
        }

        @Override
        public int suggestions() {
            return 5;
        }

        @Override
        public int batchSize() {
            return 10_000;
        }

        @Override
        public double referenceUsageKmPerWeek() {
            return 20;
        }
    }

    private static final List<String> FILL = List.of(
            "INSERT INTO brands (name) SELECT 'Brand ' || i FROM generate_series(1, 50) i",
            // Care interval by material, lifespan by category, as the data producers set them.
            """
            INSERT INTO shoes (sku, name, brand_id, style, category, gender, material, color, price, description,
                               care_instructions, care_interval_days, lifespan_days, in_stock, active)
            SELECT 'SKU-' || i, 'Shoe ' || i, 1 + i % 50, 'brand ' || (1 + i % 50) || ' shoe ' || i, c.category, g.gender, m.material, 'black',
                   40 + (i * 37) % 160, 'A ' || m.material || ' ' || c.category || ' shoe',
                   'Clean the ' || m.material || ' upper with a soft brush and a damp cloth; let it air-dry away '
                       || 'from heat and stuff it with paper to keep its shape.',
                   m.interval_days, c.lifespan_days, i % 10 <> 0, i % 20 <> 0
            FROM generate_series(1, 20000) i
            JOIN (VALUES (0, 'running', 365), (1, 'trail', 365), (2, 'walking', 540), (3, 'basketball', 450),
                         (4, 'tennis', 450), (5, 'football', 365), (6, 'training', 450), (7, 'casual', 730),
                         (8, 'boots', 1095), (9, 'hiking', 730), (10, 'sandals', 540), (11, 'dress', 1460))
                 AS c (k, category, lifespan_days) ON c.k = i % 12
            JOIN (VALUES (0, 'leather', 45), (1, 'suede', 21), (2, 'nubuck', 21), (3, 'mesh', 30), (4, 'knit', 30),
                         (5, 'canvas', 30), (6, 'synthetic', 30), (7, 'rubber', 60))
                 AS m (k, material, interval_days) ON m.k = (i / 12) % 8
            JOIN (VALUES (0, 'men'), (1, 'women'), (2, 'unisex'), (3, 'kids')) AS g (k, gender) ON g.k = (i / 96) % 4""",
            """
            INSERT INTO shoe_sizes (shoe_id, eu_size, stock)
            SELECT s.id, z, CASE WHEN s.in_stock THEN 3 ELSE 0 END
            FROM shoes s, generate_series(36, 46) z WHERE (s.id + z) % 3 <> 0""",
            """
            INSERT INTO users (email, name, gender, shoe_size, region)
            SELECT 'user' || i || '@example.com', 'User ' || i, (ARRAY['men', 'women', 'unisex', 'kids'])[1 + i % 4],
                   CASE WHEN i % 10 = 0 THEN NULL ELSE 36 + i % 11 END, 'region-' || i % 10
            FROM generate_series(1, 200000) i""",
            // Winters snowy in the northern regions and wet elsewhere, summers hot in the southern ones.
            """
            INSERT INTO environmental_data (region, observed_on, condition)
            SELECT 'region-' || r, d::date, CASE
                       WHEN extract(month FROM d) IN (12, 1, 2) THEN CASE WHEN r < 4 THEN 'snowy' ELSE 'wet' END
                       WHEN extract(month FROM d) IN (6, 7, 8) AND r >= 6 THEN 'hot'
                       WHEN extract(month FROM d) IN (3, 4, 10, 11) THEN 'wet'
                       ELSE 'mild' END
            FROM generate_series(0, 9) r, generate_series(current_date - 800, current_date, interval '1 day') d""",
            """
            INSERT INTO purchases (user_id, shoe_id, eu_size, purchased_at, usage_km_per_week, price_paid)
            SELECT 1 + (hashint % 200000), 1 + ((hashint / 200000) % 20000),
                   CASE WHEN i % 5 = 0 THEN NULL ELSE 36 + (hashint % 200000 + 1) % 11 END,
                   now() - (i % 730) * interval '1 day' - (i % 1440) * interval '1 minute',
                   CASE WHEN i % 3 = 0 THEN (i % 61)::real END, 50 + i % 150
            FROM (SELECT i, abs(hashint4(i))::bigint * 7919 AS hashint FROM generate_series(1, 1000000) i) g""",
            "UPDATE purchases SET returned_at = purchased_at + interval '5 days' WHERE id % 50 = 0",
            "VACUUM ANALYZE",
            // The fill's dirty pages are written now, not by a checkpoint during the first timed run.
            "CHECKPOINT");
}
