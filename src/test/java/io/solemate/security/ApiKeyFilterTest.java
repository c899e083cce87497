package io.solemate.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.solemate.testsupport.Api;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ApiKeyFilterTest {

    /** The test profile's key with the shop front's scopes: ingest and read. */
    private static final String SHOP_FRONT_KEY = "test-shopfront-key";

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
    void keysAreComparedExactlyAndOnlyForTheirScopes() {
        ApiKeys keys = ApiKeys.parse(List.of("alpha-7f3a:ingest+read", " ", "beta-91c2:admin"));
        assertTrue(keys.grants("beta-91c2", Scope.ADMIN));
        assertFalse(keys.grants("beta-91c", Scope.ADMIN));
        assertFalse(keys.grants("beta-91c2", Scope.INGEST), "admin does not imply ingest");
        assertTrue(keys.grants("alpha-7f3a", Scope.INGEST));
        assertFalse(keys.grants("alpha-7f3a", Scope.ADMIN), "the shop front's key cannot refit");
        assertFalse(keys.grants("", Scope.READ));
        assertFalse(keys.grants(null, Scope.READ));
    }

    @ParameterizedTest
    @ValueSource(strings = { "REPLACE_ME:admin", "<key1>:ingest", "changeme:read", "key1:admin", "bare-key-7f3a",
            "good-key-7f3a:", "good-key-7f3a:write", "good-key-7f3a:read+everything" })
    void placeholdersAndEntriesWithoutKnownScopesAreRefused(String entry) {
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(List.of(entry)));
    }

    @Test
    void theShopFrontKeyCanNeitherRefitNorListCustomers() {
        given().header("X-API-Key", SHOP_FRONT_KEY).post("/api/admin/model/refresh").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("X-API-Key", SHOP_FRONT_KEY).get("/api/users").then().statusCode(401);
        given().get("/api/users").then().statusCode(401);
        Api.authorized().get("/api/users?limit=1").then().statusCode(200);
        given().header("X-API-Key", SHOP_FRONT_KEY).contentType(ContentType.JSON).body(EVENT)
                .post("/api/interactions").then().statusCode(422);
    }

    @Test
    void callsNeedTheirScope() {
        assertEquals(Scope.ADMIN, ApiKeyFilter.scopeOf("POST", "/api/admin/model/refresh"));
        assertEquals(Scope.ADMIN, ApiKeyFilter.scopeOf("GET", "/api/users"));
        assertEquals(Scope.ADMIN, ApiKeyFilter.scopeOf("GET", "/api/users/"));
        assertEquals(Scope.READ, ApiKeyFilter.scopeOf("GET", "/api/users/7"));
        assertEquals(Scope.INGEST, ApiKeyFilter.scopeOf("POST", "/api/users/7/notifications/7-care-1/read"));
        assertEquals(Scope.INGEST, ApiKeyFilter.scopeOf("POST", "/api/interactions"));
        assertEquals(Scope.INGEST, ApiKeyFilter.scopeOf("DELETE", "/api/shoes/1"));
    }
}
