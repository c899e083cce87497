package io.solemate.desk;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * Posts a desk form as a browser does: with the CSRF cookie a desk page set and the same token in the form
 * (quarkus-rest-csrf's double-submit check; the tokens are not signed here).
 */
final class DeskForms {

    static final String CSRF = "csrf-token";

    private DeskForms() {
    }

    /** A request carrying a fresh CSRF token, as cookie and form field, and no redirect following. */
    static RequestSpecification form() {
        String token = given().get("/").then().statusCode(200).extract().cookie(CSRF);
        return given().redirects().follow(false).cookie(CSRF, token).formParam(CSRF, token);
    }
}
