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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The database goes away while the service runs: reads are answered from the model in memory, writes get 503
 * with Retry-After (never a 500, never an acknowledged event that is lost), readiness is down, and everything
 * recovers on its own when the database is back.
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
    void readsServeFromMemoryWritesAre503AndAllRecoversWhenTheDatabaseReturns() {
        given().get("/q/health/ready").then().statusCode(200);
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
            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
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
            assertEquals(1, fixtures.queryLong("SELECT count(*) FROM interactions WHERE client_event_id = ?", event),
                    "acknowledged event " + event + " is stored");
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
