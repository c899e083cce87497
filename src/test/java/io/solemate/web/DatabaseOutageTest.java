package io.solemate.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Await;
import io.solemate.testsupport.Fixtures;
import io.solemate.testsupport.RestartablePostgres;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the service runs: reads are answered from the model in memory, writes get 503
 * with Retry-After (never a 500, never an acknowledged event that is lost), readiness stays up (the model serves),
 * and everything recovers on its own when the database is back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgres.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void readsServeFromMemoryWritesAre503ReadinessStaysUpAndAllRecoversWhenTheDatabaseReturns() {
        // Ready once the start-up fit (hyper-parameter search included) serves a model.
        Await.awaitTrue(Duration.ofSeconds(120), () -> given().get("/q/health/ready").statusCode() == 200);
        List<UUID> acknowledged = new ArrayList<>();
        assertEquals(201, postView(acknowledged).statusCode());

        RestartablePostgres.stopServer();
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                Response write = postView(acknowledged);
                assertEquals(503, write.statusCode(), write.asString());
                assertEquals(Problem.MEDIA_TYPE, write.contentType());
                assertEquals("5", write.header("Retry-After"));
                given().get("/api/users/" + (attempt + 1) + "/recommendations").then().statusCode(200);
            }
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            RestartablePostgres.startServer();
        }

        Await.awaitTrue(Duration.ofSeconds(60), () -> {
            Response write = postView(acknowledged);
            assertTrue(write.statusCode() == 201 || write.statusCode() == 503, write.asString());
            return write.statusCode() == 201;
        });
        Await.awaitTrue(Duration.ofSeconds(30), () -> given().get("/q/health/ready").statusCode() == 200);
        given().get("/api/users/1/recommendations").then().statusCode(200);

        for (UUID event : acknowledged) {
            assertEquals(1, count("SELECT count(*) FROM interactions WHERE client_event_id = ?", event),
                    "acknowledged event " + event + " is stored");
        }
    }

    /**
     * PostgreSQL is killed (SIGKILL, as in a crash: no shutdown, no checkpoint) while batches stream in, and comes
     * back through crash recovery. Every batch the service acknowledged is in the table, each event once; of the
     * batches it did not acknowledge, each is there whole or not at all.
     */
    @Test
    void aKilledDatabaseLosesNoAcknowledgedBatchAndHalfWritesNone() throws Exception {
        AtomicBoolean streaming = new AtomicBoolean(true);
        List<List<UUID>> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<List<UUID>> unacknowledged = Collections.synchronizedList(new ArrayList<>());
        Runnable stream = () -> {
            while (streaming.get()) {
                List<UUID> batch = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
                String body = batch.stream().map(id -> "{\"clientEventId\":\"" + id
                        + "\",\"userId\":2,\"shoeId\":3,\"kind\":\"view\"}")
                        .collect(Collectors.joining(",", "[", "]"));
                int status;
                try {
                    status = Api.authorized().contentType(ContentType.JSON).body(body).post("/api/interactions")
                            .statusCode();
                } catch (RuntimeException e) {
                    status = -1;
                }
                assertTrue(status == 200 || status == 503 || status == -1, "batch answered " + status);
                (status == 200 ? acknowledged : unacknowledged).add(batch);
            }
        };
        var writers = List.of(CompletableFuture.runAsync(stream), CompletableFuture.runAsync(stream));
        try {
            Await.awaitTrue(Duration.ofSeconds(60), () -> acknowledged.size() >= 10);
            RestartablePostgres.killServer();
            int beforeRestart = acknowledged.size();
            Thread.sleep(2000);
            RestartablePostgres.startServer();
            Await.awaitTrue(Duration.ofSeconds(90), () -> acknowledged.size() >= beforeRestart + 10);
        } finally {
            RestartablePostgres.startServer();
            streaming.set(false);
            CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        }

        for (List<UUID> batch : acknowledged) {
            assertEquals(batch.size(), present(batch), "an acknowledged batch is there whole");
        }
        int written = 0;
        for (List<UUID> batch : unacknowledged) {
            long present = present(batch);
            assertTrue(present == 0 || present == batch.size(), "an unacknowledged batch is whole or absent");
            written += present == 0 ? 0 : 1;
        }
        System.out.printf("kill-postgres: %d batches acknowledged (%d events), all present after recovery; "
                + "%d not acknowledged, none half-written (%d of them committed before the answer was lost)%n",
                acknowledged.size(), acknowledged.size() * 20, unacknowledged.size(), written);
    }

    private long present(List<UUID> batch) {
        return count("SELECT count(*) FROM interactions WHERE client_event_id = ANY(?::uuid[])",
                batch.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
    }

    /** A count through JDBC, retried while the pool still hands out connections from before the restart. */
    private long count(String sql, Object... parameters) {
        for (int attempt = 1; ; attempt++) {
            try {
                return fixtures.queryLong(sql, parameters);
            } catch (IllegalStateException brokenConnection) {
                if (attempt == 5) {
                    throw brokenConnection;
                }
            }
        }
    }

    /** Posts a new view event; remembers its id when the service acknowledged it. */
    private static Response postView(List<UUID> acknowledged) {
        UUID id = UUID.randomUUID();
        Response response = Api.authorized().contentType(ContentType.JSON)
                .body("{\"clientEventId\":\"" + id + "\",\"userId\":1,\"shoeId\":1,\"kind\":\"view\"}")
                .post("/api/interactions");
        if (response.statusCode() / 100 == 2) {
            acknowledged.add(id);
        }
        return response;
    }
}
