package io.solemate.health;

import static io.solemate.testing.PackagedService.JAR;
import static io.solemate.testing.PackagedService.await;
import static io.solemate.testing.PackagedService.call;
import static io.solemate.testing.PackagedService.freePort;
import static io.solemate.testing.PackagedService.ready;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.testing.PackagedService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances of the packaged service against one PostgreSQL, as two replicas: started together, only one of
 * them fits and the other loads the stored model; a refit on one reaches the other through the model store, and
 * then both answer the same recommendations. Then the replica that is fitting is killed (SIGKILL) mid-fit: its
 * advisory lock goes with its connection and the other replica fits in its place.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasIT {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static PackagedService store;
    private static Process replicaA;
    private static Process replicaB;
    private static int portA;
    private static int portB;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        // Failsafe names the freshly packaged jar; under surefire (e.g. -Dtest=io.solemate.health.**) or in a native
        // build there is none to run.
        Assumptions.assumeTrue(JAR != null && Files.exists(JAR), "no packaged jar (solemate.app.jar)");
        // The store is there before the replicas start, so neither fits an empty one.
        store = PackagedService.withSampleStore("solemate_replicas_it");

        portA = freePort();
        portB = freePort();
        replicaA = startReplica("a", portA);
        replicaB = startReplica("b", portB);
        await(Duration.ofMinutes(4), () -> ready(portA) && ready(portB));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        PackagedService.stop(replicaA);
        PackagedService.stop(replicaB);
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void replicasStartedTogetherFitOnceAndServeOneModelAfterARefit() throws Exception {
        assertEquals(1, count("SELECT count(*) FROM model_runs"), "one fit for two replicas starting together");
        long started = modelVersion(portA);
        assertEquals(started, modelVersion(portB), "the second replica serves the first one's model");

        HttpResponse<String> refresh = call(portA, "POST", "/api/admin/model/refresh");
        assertEquals(200, refresh.statusCode(), refresh.body());
        long refitted = version(refresh.body());
        assertTrue(refitted > started, "the refit stored a newer version");

        await(Duration.ofSeconds(60), () -> modelVersion(portB) == refitted);
        assertEquals(refitted, modelVersion(portA));
        assertEquals(2, count("SELECT count(*) FROM model_runs WHERE status = 'succeeded'"));

        for (long userId = 1; userId <= 10; userId++) {
            HttpResponse<String> fromA = call(portA, "GET", "/api/users/" + userId + "/recommendations");
            HttpResponse<String> fromB = call(portB, "GET", "/api/users/" + userId + "/recommendations");
            assertEquals(200, fromA.statusCode(), fromA.body());
            assertEquals(fromA.body(), fromB.body(), "user " + userId + " gets the same picks from both replicas");
            assertTrue(fromA.body().contains("\"modelVersion\":" + refitted), fromA.body());
        }
    }

    @Test
    @Order(2)
    void whenTheFittingReplicaIsKilledMidFitTheOtherTakesOver() throws Exception {
        long before = modelVersion(portB);
        Path logA = Path.of("target", "failsafe-reports", "replica-a.log");
        long fitsLogged = fitsStarted(logA);
        // The refit's answer never comes: the replica is killed while it fits.
        HTTP.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/api/admin/model/refresh"))
                .header("X-API-Key", PackagedService.KEY).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        await(Duration.ofSeconds(60), () -> fitsStarted(logA) > fitsLogged);
        replicaA.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals(false, replicaA.isAlive());
        System.out.println("replicas: replica a killed (SIGKILL) mid-fit");

        // Replica b fits now; a 409 only while PostgreSQL has not yet seen a's connection close.
        long[] refitted = { 0 };
        await(Duration.ofSeconds(120), () -> {
            try {
                HttpResponse<String> refresh = call(portB, "POST", "/api/admin/model/refresh");
                assertTrue(refresh.statusCode() == 200 || refresh.statusCode() == 409, refresh.body());
                if (refresh.statusCode() == 200) {
                    refitted[0] = version(refresh.body());
                }
                return refresh.statusCode() == 200;
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(refitted[0] > before, "replica b stored a newer model");
        assertEquals(refitted[0], modelVersion(portB));
        System.out.println("replicas: replica b took over and fitted version " + refitted[0]);
    }

    /** How many fits the replica's log says it started. */
    private static long fitsStarted(Path log) {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("Model fit") && line.contains("started")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Process startReplica(String name, int port) throws IOException {
        return store.start("replica-" + name, port, Map.of(
                "SOLEMATE_RECOMMEND_SYNC_INTERVAL", "2s",
                "SOLEMATE_RECOMMEND_REFRESH_INTERVAL", "off"));
    }

    private static long modelVersion(int port) {
        try {
            HttpResponse<String> model = call(port, "GET", "/api/model");
            assertEquals(200, model.statusCode(), model.body());
            return version(model.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long version(String json) {
        Matcher matcher = VERSION.matcher(json);
        assertTrue(matcher.find(), json);
        return Long.parseLong(matcher.group(1));
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
