package io.solemate.samplestore;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.OptionalDouble;
import org.flywaydb.core.Flyway;

/**
 * Command line: migrates a database and loads a generated store into it, printing the counts, the load time per
 * phase (the interaction history is generated inside the timed load, streamed into COPY) and the CPU time the load
 * cost this JVM and, when PostgreSQL runs on this machine, its server process. CPU time tells what a load costs when
 * other work shares the cores and wall time says little. Used to measure benchmark-scale loads:
 *
 * <pre>
 * ./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * createdb -h 127.0.0.1 -U postgres solemate_bench
 * java -cp target/classes:$(cat target/cp.txt) io.solemate.samplestore.LoadSampleStore \
 *     'jdbc:postgresql://127.0.0.1:5432/solemate_bench?user=postgres' BENCHMARK
 * </pre>
 *
 * Arguments: JDBC URL (credentials in the URL), scale (TEST, DEMO, BENCHMARK; default DEMO), seed (default the
 * configuration default), reference time (ISO instant; default {@link ExportSampleStore#REFERENCE_TIME}).
 */
public final class LoadSampleStore {

    private LoadSampleStore() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadSampleStore <jdbc-url> [TEST|DEMO|BENCHMARK] [seed] [reference-instant]");
            System.exit(2);
        }
        String url = args[0];
        SampleStoreGenerator.Scale scale = SampleStoreGenerator.Scale.valueOf(args.length > 1 ? args[1] : "DEMO");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : ExportSampleStore.DEFAULT_SEED;
        Instant reference = args.length > 3 ? Instant.parse(args[3]) : ExportSampleStore.REFERENCE_TIME;

        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmCpuBefore = os.getProcessCpuTime();
        SampleStore store = new SampleStoreGenerator(seed, reference).generate(scale);
        try (Connection connection = DriverManager.getConnection(url)) {
            long backendPid = backendPid(connection);
            OptionalDouble serverCpuBefore = processCpuSeconds(backendPid);
            SampleStoreLoader.LoadReport report = SampleStoreLoader.load(connection, store);
            OptionalDouble serverCpuAfter = processCpuSeconds(backendPid);
            System.out.printf("Loaded %s store: %d brands, %d shoes (%d sizes), %d users, %d interactions, "
                    + "%d purchases, %d weather days in %.1f s%n", scale, report.brands(), report.shoes(),
                    report.shoeSizes(), report.users(), report.interactions(), report.purchases(),
                    report.weatherDays(), report.took().toMillis() / 1000.0);
            report.phaseSeconds().forEach((phase, seconds) -> System.out.printf("  %-22s %6.1f s%n", phase, seconds));
            System.out.printf("CPU: this JVM %.1f s (generation included)", (os.getProcessCpuTime() - jvmCpuBefore)
                    / 1e9);
            if (serverCpuBefore.isPresent() && serverCpuAfter.isPresent()) {
                System.out.printf(", PostgreSQL backend %.1f s (parallel index workers not counted)",
                        serverCpuAfter.getAsDouble() - serverCpuBefore.getAsDouble());
            }
            System.out.println();
        }
    }

    private static long backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** User plus system CPU seconds of a local process from /proc (Linux); empty when not readable. */
    private static OptionalDouble processCpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces) start at the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return OptionalDouble.of(ticks / 100.0);
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }
}
