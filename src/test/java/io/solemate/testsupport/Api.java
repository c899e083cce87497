package io.solemate.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Requests as an authorized client: the test profile accepts the key {@value #TEST_KEY}. */
public final class Api {

    public static final String TEST_KEY = "test-key";

    private Api() {
    }

    public static RequestSpecification authorized() {
        return given().header("X-API-Key", TEST_KEY);
    }

    /**
     * Refits through the admin API and returns the new model's version, waiting out a fit that is still running (a
     * 409: the start-up fit, which runs the hyper-parameter search, can outlast the first test's set-up).
     */
    public static long refit() {
        for (int attempt = 0; attempt < 120; attempt++) {
            Response response = authorized().post("/api/admin/model/refresh");
            if (response.statusCode() == 200) {
                return response.jsonPath().getLong("version");
            }
            if (response.statusCode() != 409) {
                throw new AssertionError("Model refresh answered " + response.statusCode() + ": " + response.asString());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("A model fit kept running for a minute");
    }
}
