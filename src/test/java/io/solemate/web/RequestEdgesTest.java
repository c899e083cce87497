package io.solemate.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.solemate.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the edge answers to requests a careful or hostile client sends, each found answering 500, 404 or an empty body
 * in the hardening review (issue 14): always a problem document naming the API's own parameter.
 */
@QuarkusTest
class RequestEdgesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/shoes?minPrice=Infinity | minPrice",
            "/api/shoes?maxPrice=1e309 | maxPrice",
            "/api/shoes?minPrice=NaN | minPrice",
            "/api/shoes?maxPrice=-Infinity | maxPrice",
            "/api/shoes?brand=%00 | brand",
            "/api/shoes?inStock=maybe | inStock",
            "/api/shoes?inStock=1 | inStock",
            "/api/shoes?limit=99999999999 | limit",
            "/api/shoes?page=-1 | page",
            "/api/shoes/abc | id",
            "/api/shoes/99999999999999999999 | id",
            "/api/shoes/1/similar?size=Infinity | size",
            "/api/shoes/1/similar?inStock=yes | inStock",
            "/api/shoes/1/similar?variants=some | variants",
            "/api/users/1/recommendations?includeOwned=yes | includeOwned",
            "/api/users/1/recommendations?minPrice=1e309 | minPrice",
            "/api/users/1/recommendations?inStock=maybe | inStock",
            "/api/users/1/recommendations?brand=a%00b | brand",
            "/api/users/1/notifications?status=%00 | status" })
    void badParametersAre400ProblemsNamingTheParameter(String path, String parameter) {
        given().urlEncodingEnabled(false).get(path).then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("status", is(400)).body("parameter", equalTo(parameter));
    }

    @Test
    void theCustomerSearchNamesItsParameterQ() {
        Api.authorized().urlEncodingEnabled(false).get("/api/users?q=%00").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("parameter", equalTo("q"));
        Api.authorized().queryParam("q", "x".repeat(101)).get("/api/users").then().statusCode(400)
                .body("parameter", equalTo("q"));
    }

    @Test
    void strictBooleansStillReadTrueAndFalse() {
        given().get("/api/shoes?inStock=true&limit=1").then().statusCode(200);
        given().get("/api/shoes?inStock=false&limit=1").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({ "POST, /api/shoes/1/similar", "DELETE, /api/users/1/recommendations", "PUT, /api/shoes/1",
            "DELETE, /api/users/1", "PATCH, /api/model" })
    void aWrongMethodIs405Problem(String method, String path) {
        Api.authorized().request(method, path).then().statusCode(405).contentType(Problem.MEDIA_TYPE)
                .body("status", is(405));
    }

    @Test
    void oversizedRequestsAreProblemsToo() {
        Response tooLongUri = given().get("/api/shoes?brand=" + "b".repeat(9000));
        assertEquals(414, tooLongUri.statusCode());
        assertEquals(Problem.MEDIA_TYPE, tooLongUri.contentType());
        assertEquals(414, tooLongUri.jsonPath().getInt("status"));

        Response tooManyHeaders = given().header("X-Padding", "h".repeat(17_000)).get("/api/shoes");
        assertEquals(431, tooManyHeaders.statusCode());
        assertEquals(Problem.MEDIA_TYPE, tooManyHeaders.contentType());

        Response tooLargeBody = Api.authorized().contentType(ContentType.JSON).body("[" + " ".repeat(1_100_000) + "]")
                .post("/api/interactions");
        assertEquals(413, tooLargeBody.statusCode());
        assertEquals(Problem.MEDIA_TYPE, tooLargeBody.contentType());
        assertTrue(tooLargeBody.asString().contains("\"status\":413"), tooLargeBody.asString());
    }
}
