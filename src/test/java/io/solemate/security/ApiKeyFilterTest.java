package io.solemate.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.solemate.testsupport.Api;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiKeyFilterTest {

    private static final String EVENT = """
            {"clientEventId":"4b0f7c1e-2f0a-4a43-9d27-6f3c1f1c0a01","userId":987654321,"shoeId":1,"kind":"view"}""";

    @Test
    void aWriteWithoutAKeyIs401() {
        given().contentType(ContentType.JSON).body(EVENT).post("/api/interactions").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo(
                        "ApiKey header=\"X-API-Key\""));
    }

    @Test
    void aWriteWithAWrongKeyIs401() {
        given().header("X-API-Key", Api.TEST_KEY + "x").contentType(ContentType.JSON).body(EVENT)
                .post("/api/interactions").then().statusCode(401);
        given().header("X-API-Key", "").post("/api/admin/model/refresh").then().statusCode(401);
    }

    @Test
    void aWriteWithTheRightKeyIsAccepted() {
        // Past the filter: the unknown user is the service's own 422, not a 401.
        Api.authorized().contentType(ContentType.JSON).body(EVENT).post("/api/interactions").then().statusCode(422);
    }

    @Test
    void readsAreOpenInTheTestProfileButAdminReadsAreNot() {
        given().get("/api/shoes?limit=1").then().statusCode(200);
        given().get("/api/admin/model/refresh").then().statusCode(401);
    }

    @Test
    void keysAreComparedExactly() {
        ApiKeyFilter filter = new ApiKeyFilter(new SecurityConfig() {
            @Override
            public java.util.Optional<java.util.List<String>> apiKeys() {
                return java.util.Optional.of(java.util.List.of("alpha", " ", "beta"));
            }

            @Override
            public boolean protectReads() {
                return true;
            }
        });
        org.junit.jupiter.api.Assertions.assertTrue(filter.accepts("beta"));
        org.junit.jupiter.api.Assertions.assertFalse(filter.accepts("bet"));
        org.junit.jupiter.api.Assertions.assertFalse(filter.accepts(""));
        org.junit.jupiter.api.Assertions.assertFalse(filter.accepts(null));
    }
}
