package io.solemate.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.solemate.aftercare.services.AftercareJob;
import io.solemate.testsupport.Api;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** After some traffic, /q/metrics carries every series the dashboards and alerts use. */
@QuarkusTest
class MetricsTest {

    private static final String RECOMMENDATIONS_ROUTE = "uri=\"/api/users/{id}/recommendations\"";

    @Inject
    AftercareJob aftercare;

    @Test
    void everyOperationalSeriesIsExported() {
        for (int user = 1; user <= 5; user++) {
            given().get("/api/users/" + user + "/recommendations").then().statusCode(200);
        }
        Api.authorized().contentType(ContentType.JSON)
                .body("{\"clientEventId\":\"" + UUID.randomUUID() + "\",\"userId\":1,\"shoeId\":1,\"kind\":\"view\"}")
                .post("/api/interactions").then().statusCode(201);
        Api.authorized().contentType(ContentType.JSON).body("{\"userId\":1}").post("/api/interactions").then()
                .statusCode(400);
        aftercare.run().await().atMost(Duration.ofMinutes(1));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_bucket{")
                && l.contains(RECOMMENDATIONS_ROUTE)), "latency histogram per route");
        for (String quantile : new String[] { "0.5", "0.95", "0.99" }) {
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds")
                    && l.contains("quantile=\"" + quantile + "\"") && l.contains(RECOMMENDATIONS_ROUTE)),
                    "latency percentile " + quantile + " per route");
        }
        for (String series : new String[] { "solemate_model_fit_duration_seconds_count{component=",
                "solemate_model_age_seconds ", "solemate_model_users ", "solemate_model_shoes ",
                "solemate_model_interactions ", "solemate_model_fits_failed_total ",
                "solemate_notifications_created_total{kind=", "solemate_events_ingested_total ",
                "solemate_events_rejected_total " }) {
            assertTrue(metrics.contains("\n" + series), "series " + series);
        }
        assertFalse(metrics.contains("solemate_model_users NaN"), "a model is served");
    }
}
