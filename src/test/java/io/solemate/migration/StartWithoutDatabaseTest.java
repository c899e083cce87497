package io.solemate.migration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.solemate.testsupport.Await;
import io.solemate.testsupport.RestartablePostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service starts while its database is down, reports not ready, and becomes ready by itself once the
 * database comes up: the schema is migrated, the sample store loaded and the first model fitted then.
 */
@QuarkusTest
@TestProfile(StartWithoutDatabaseTest.DatabaseDownAtStart.class)
class StartWithoutDatabaseTest {

    public static class DatabaseDownAtStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Cleaning needs the database at start; this one is new anyway.
            return Map.of("quarkus.flyway.clean-at-start", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RestartablePostgres.class, Map.of("startStopped", "true")));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void becomesReadyWhenTheDatabaseComesUp() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'schema' }.status", equalTo("DOWN"));
        given().get("/api/model").then().statusCode(503);

        RestartablePostgres.startServer();

        Await.awaitTrue(Duration.ofMinutes(2),
                () -> given().get("/q/health/ready").statusCode() == 200);
        given().get("/q/health/started").then().statusCode(200);
        given().get("/api/users/1/recommendations").then().statusCode(200);
        given().get("/api/shoes?limit=1").then().statusCode(200);
    }
}
