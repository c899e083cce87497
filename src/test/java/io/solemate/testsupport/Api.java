package io.solemate.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as an authorized client: the test profile accepts the key {@value #TEST_KEY}. */
public final class Api {

    public static final String TEST_KEY = "test-key";

    private Api() {
    }

    public static RequestSpecification authorized() {
        return given().header("X-API-Key", TEST_KEY);
    }
}
