package io.solemate.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.FailingFits;
import io.solemate.testsupport.Fixtures;
import io.solemate.web.Problem;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Readiness follows the served model: down before the first one, and a failed refit does not take it away. */
@QuarkusTest
@TestProfile(ModelReadinessTest.NoFitOnStart.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelReadinessTest {

    public static class NoFitOnStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("solemate.recommend.fit-on-start", "false");
        }
    }

    @Inject
    FailingFits fits;

    @Inject
    Fixtures fixtures;

    @Inject
    MeterRegistry registry;

    @Test
    @Order(1)
    void notReadyUntilAModelIsFittedThenReady() {
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'model' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'schema' }.status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(503);
        given().get("/api/model").then().statusCode(503).header("Retry-After", "5");

        Api.authorized().post("/api/admin/model/refresh").then().statusCode(200);

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("model"));
        given().get("/q/health/started").then().statusCode(200);
    }

    @Test
    @Order(2)
    void aFailedRefitKeepsTheOlderModelServingAndThePodReady() {
        long served = given().get("/api/model").then().statusCode(200).extract().jsonPath().getLong("version");
        double failedBefore = registry.counter("solemate.model.fits.failed").count();

        fits.failNextFit("injected fit failure");
        Api.authorized().post("/api/admin/model/refresh").then().statusCode(500)
                .contentType(Problem.MEDIA_TYPE);

        given().get("/api/model").then().statusCode(200).body("version", equalTo((int) served));
        given().get("/api/users/1/recommendations").then().statusCode(200).body("modelVersion", equalTo((int) served));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertEquals(failedBefore + 1, registry.counter("solemate.model.fits.failed").count());
        assertEquals(1, fixtures.queryLong("SELECT count(*) FROM model_runs WHERE status = 'failed' AND version > ? "
                + "AND error LIKE '%injected fit failure%'", served));

        // The next refit succeeds and replaces the model.
        long next = Api.authorized().post("/api/admin/model/refresh").then().statusCode(200)
                .extract().jsonPath().getLong("version");
        given().get("/api/model").then().statusCode(200).body("version", equalTo((int) next));
    }
}
