package io.solemate.dev;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import org.flywaydb.core.Flyway;

/**
 * Command line: migrates a database and loads a generated store into it, printing the counts and the load time (the
 * generation runs inside the timed load, streamed into COPY). Used to measure benchmark-scale loads:
 *
 * <pre>
 * ./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * createdb -h 127.0.0.1 -U postgres solemate_bench
 * java -cp target/classes:$(cat target/cp.txt) io.solemate.dev.LoadDemoStore \
 *     'jdbc:postgresql://127.0.0.1:5432/solemate_bench?user=postgres' BENCHMARK
 * </pre>
 *
 * Arguments: JDBC URL (credentials in the URL), scale (TEST, DEMO, BENCHMARK; default DEMO), seed (default the
 * configuration default), reference time (ISO instant; default {@link ExportDemoStore#REFERENCE_TIME}).
 */
public final class LoadDemoStore {

    private LoadDemoStore() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadDemoStore <jdbc-url> [TEST|DEMO|BENCHMARK] [seed] [reference-instant]");
            System.exit(2);
        }
        String url = args[0];
        DemoStoreGenerator.Scale scale = DemoStoreGenerator.Scale.valueOf(args.length > 1 ? args[1] : "DEMO");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : ExportDemoStore.DEFAULT_SEED;
        Instant reference = args.length > 3 ? Instant.parse(args[3]) : ExportDemoStore.REFERENCE_TIME;

        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        DemoStore store = new DemoStoreGenerator(seed, reference).generate(scale);
        try (Connection connection = DriverManager.getConnection(url)) {
            DemoStoreLoader.LoadReport report = DemoStoreLoader.load(connection, store);
            System.out.printf("Loaded %s store: %d brands, %d shoes (%d sizes), %d users, %d interactions, "
                    + "%d purchases, %d weather days in %.1f s%n", scale, report.brands(), report.shoes(),
                    report.shoeSizes(), report.users(), report.interactions(), report.purchases(),
                    report.weatherDays(), report.took().toMillis() / 1000.0);
            report.phaseSeconds().forEach((phase, seconds) -> System.out.printf("  %-22s %6.1f s%n", phase, seconds));
        }
    }
}
