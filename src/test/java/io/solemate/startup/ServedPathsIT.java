package io.solemate.startup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.solemate.testsupport.Await;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged service as it runs in production (prod profile, keyed reads), started once on a generated store:
 * start-up, migration, the first fit, and the served paths answer. With {@code quarkus.package.jar.aot.enabled}
 * this run is also the training run of the JDK's ahead-of-time cache ({@code target/quarkus-app/app.aot}): the
 * classes it loads and the methods it profiles here are what a later start finds ready. Keep it the only
 * {@code @QuarkusIntegrationTest}: each one records anew and the last launch's recording is the one kept.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = ServedPathsIT.ProductionSettings.class, restrictToAnnotatedClass = true)
class ServedPathsIT {

    static final String KEY = "served-paths-it-key";

    /**
     * What the production profile needs besides the test database (testsupport.TestDatabase): a key, and a store
     * to serve (the sample store, generated when the database is empty).
     */
    public static class ProductionSettings implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of(
                    "solemate.security.api-keys", KEY + ":ingest+read+admin",
                    "solemate.sample-store.load-if-empty", "true",
                    "solemate.sample-store.scale", "TEST",
                    "solemate.aftercare.enabled", "false");
        }

        @Override
        public void stop() {
            // nothing was started
        }
    }

    @BeforeEach
    void modelIsServed() {
        Await.awaitTrue(Duration.ofMinutes(3),
                () -> RestAssured.get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void recommendationsAnswerFromTheFittedModel() {
        given().header("X-API-Key", KEY).queryParam("limit", 10)
                .get("/api/users/1/recommendations")
                .then().statusCode(200).body("items", hasSize(10));
        given().header("X-API-Key", KEY).queryParam("limit", 5).queryParam("inStock", true)
                .get("/api/users/2/recommendations")
                .then().statusCode(200).body("items.size()", greaterThan(0));
    }

    @Test
    void similarShoesAnswer() {
        given().header("X-API-Key", KEY).queryParam("limit", 10)
                .get("/api/shoes/1/similar")
                .then().statusCode(200).body("items", hasSize(10));
    }

    @Test
    void readsWithoutTheKeyAreRefusedAsProblems() {
        given().get("/api/users/1/recommendations")
                .then().statusCode(401).contentType(containsString("application/problem+json"));
    }

    @Test
    void modelAndProbesAnswer() {
        given().header("X-API-Key", KEY).get("/api/model").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
