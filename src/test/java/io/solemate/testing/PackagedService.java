package io.solemate.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.samplestore.SampleStoreGenerator;
import io.solemate.samplestore.SampleStoreLoader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;

/**
 * What the integration tests that run the packaged service share: a database of their own (on the server
 * {@code SOLEMATE_TEST_DB_URL} names, else an embedded PostgreSQL), migrated and filled with the TEST sample store,
 * and service processes started against it, called with one API key.
 */
public final class PackagedService implements AutoCloseable {

    public static final String KEY = "packaged-it-key";
    /** Failsafe names the freshly packaged jar; under surefire or in a native build there is none. */
    public static final Path JAR = System.getProperty("solemate.app.jar") == null ? null
            : Path.of(System.getProperty("solemate.app.jar"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String database;
    private final EmbeddedPostgres embedded;
    private final String server;
    private final String user;

    private PackagedService(String database, EmbeddedPostgres embedded, String server, String user) {
        this.database = database;
        this.embedded = embedded;
        this.server = server;
        this.user = user;
    }

    /** A fresh database {@code database}, migrated and holding the TEST sample store. */
    public static PackagedService withSampleStore(String database) throws Exception {
        String configured = System.getenv("SOLEMATE_TEST_DB_URL");
        PackagedService service;
        if (configured == null || configured.isBlank()) {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            service = new PackagedService(database, embedded, "127.0.0.1:" + embedded.getPort(), "postgres");
        } else {
            service = new PackagedService(database, null, configured.substring(0, configured.indexOf('/')),
                    System.getenv().getOrDefault("SOLEMATE_TEST_DB_USER", "postgres"));
        }
        try (Connection admin = service.connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + database);
        }
        Flyway.configure().dataSource(service.jdbcUrl(), service.user, "")
                .locations("classpath:db/migration").load().migrate();
        try (Connection connection = service.connect()) {
            SampleStoreLoader.load(connection, new SampleStoreGenerator(20261126L,
                    Instant.now().truncatedTo(ChronoUnit.DAYS)).generate(SampleStoreGenerator.Scale.TEST));
        }
        return service;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + server + "/" + database;
    }

    public String user() {
        return user;
    }

    public Connection connect() throws SQLException {
        return connect(database);
    }

    private Connection connect(String name) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server + "/" + name, user, "");
    }

    /** Starts the packaged service on {@code port} against this database, logging to target/failsafe-reports. */
    public Process start(String name, int port, Map<String, String> settings) throws IOException {
        Path log = Path.of("target", "failsafe-reports", name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> environment = new HashMap<>(Map.of(
                "PORT", String.valueOf(port),
                "SOLEMATE_DB_URL", server + "/" + database,
                "SOLEMATE_DB_USER", user,
                "SOLEMATE_DB_PASSWORD", "",
                "SOLEMATE_API_KEYS", KEY + ":ingest+read+admin",
                "SOLEMATE_AFTERCARE_ENABLED", "false"));
        environment.putAll(settings);
        builder.environment().putAll(environment);
        return builder.start();
    }

    public static void stop(Process process) throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws Exception {
        try (Connection admin = connect("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    public static boolean ready(int port) {
        try {
            return call(port, "GET", "/q/health/ready").statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads need the key too: the packaged service runs the production profile. */
    public static HttpResponse<String> call(int port, String method, String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-API-Key", KEY).timeout(Duration.ofMinutes(3))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within " + timeout);
            Thread.sleep(500);
        }
    }
}
