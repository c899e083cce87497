package io.solemate.recommend.api;

import static io.restassured.RestAssured.given;
import static io.solemate.testsupport.Api.authorized;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Await;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The answers sent before Quarkus REST matches a request ({@link SimilarAnswerReplay}, {@link RecommendationShortcut})
 * are the pipeline's own, and skip no refusal: with reads behind a key, a key-less request stays a 401, an
 * unacceptable {@code Accept} a 406, a malformed or unknown id what the pipeline says of it. An early answer is told
 * from the pipeline's by the CSRF cookie, which only the pipeline sets.
 */
@QuarkusTest
@TestProfile(EarlyAnswersTest.ProtectedReads.class)
class EarlyAnswersTest {

    public static class ProtectedReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("solemate.security.protect-reads", "true");
        }
    }

    private static final String CSRF_COOKIE = "csrf-token";

    @TestHTTPResource("/")
    URI base;

    static long customer;
    static long shoe;

    @BeforeEach
    void rankedAhead() {
        if (customer != 0) {
            return;
        }
        customer = authorized().get("/api/users?limit=1").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        shoe = authorized().get("/api/shoes?limit=1").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        Await.awaitTrue(Duration.ofMinutes(2), () -> {
            JsonPath model = authorized().get("/api/model").jsonPath();
            return model.get("precomputed") != null
                    && model.getLong("precomputed.ranked") == model.getLong("precomputed.customers");
        });
    }

    private String recommendations(long id) {
        return "/api/users/" + id + "/recommendations";
    }

    private String similar(long id) {
        return "/api/shoes/" + id + "/similar";
    }

    @Test
    void aRepeatedRequestGetsThePipelinesAnswerEarly() {
        for (String path : new String[] { recommendations(customer) + "?limit=7", similar(shoe) + "?limit=6" }) {
            Response first = authorized().get(path);
            Response again = authorized().get(path);
            assertEquals(200, first.statusCode(), path);
            assertNotNull(first.cookie(CSRF_COOKIE), "the first answer of " + path + " came from the pipeline");
            assertEquals(200, again.statusCode(), path);
            assertNull(again.cookie(CSRF_COOKIE), "the second answer of " + path + " was sent early");
            assertEquals(first.contentType(), again.contentType(), path);
            assertEquals(first.asString(), again.asString(), path);
        }
    }

    @Test
    void anEarlyAnswerIsCompressedAsThePipelinesIs() throws Exception {
        for (String path : new String[] { recommendations(customer) + "?limit=5", similar(shoe) + "?limit=5" }) {
            // The same Accept header both times: an early answer is one for an equal request.
            byte[] plain = authorized().accept("application/json").get(path).then().statusCode(200).extract()
                    .asByteArray();
            HttpResponse<byte[]> early = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                    .header("X-API-Key", Api.TEST_KEY).header("Accept", "application/json")
                    .header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, early.statusCode(), path);
            assertTrue(early.headers().firstValue("set-cookie").isEmpty(), "sent early: " + path);
            assertEquals("gzip", early.headers().firstValue("content-encoding").orElse(null), path);
            assertArrayEquals(plain, gunzip(early.body()), path);
        }
    }

    @Test
    void noEarlyAnswerSkipsTheKeyOrTheNegotiation() {
        for (String path : new String[] { recommendations(customer) + "?limit=4", similar(shoe) + "?limit=4" }) {
            authorized().get(path).then().statusCode(200);
            authorized().get(path).then().statusCode(200);
            given().get(path).then().statusCode(401);
            given().header("X-API-Key", "not-a-key").get(path).then().statusCode(401);
            authorized().accept("text/html").get(path).then().statusCode(406);
            authorized().accept("text/html").get(path).then().statusCode(406);
        }
    }

    @Test
    void theCustomerIdIsReadAsThePipelineReadsIt() {
        String query = "?limit=3";
        String answer = authorized().get(recommendations(customer) + query).then().statusCode(200).extract().asString();
        authorized().get(recommendations(customer) + query).then().statusCode(200);
        assertEquals(answer, authorized().get("/api/users/000" + customer + "/recommendations" + query).then()
                .statusCode(200).extract().asString(), "leading zeros");
        String id = Long.toString(customer);
        String percentEncoded = "/api/users/%3" + id.charAt(0) + id.substring(1) + "/recommendations" + query;
        assertEquals(answer, authorized().urlEncodingEnabled(false).get(percentEncoded).then().statusCode(200)
                .extract().asString(), "a percent-encoded digit");
        authorized().get("/api/users/987654321/recommendations" + query).then().statusCode(404)
                .contentType("application/problem+json");
        authorized().get("/api/users/99999999999999999999/recommendations" + query).then().statusCode(400)
                .contentType("application/problem+json");
        authorized().get("/api/users/-" + customer + "/recommendations" + query).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRefusedQueryIsNeverAnsweredEarly() {
        for (int attempt = 0; attempt < 2; attempt++) {
            authorized().get(recommendations(customer) + "?limit=0").then().statusCode(400)
                    .contentType("application/problem+json");
            authorized().get(similar(shoe) + "?limit=101").then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void earlyAnswersAreCountedUnderTheirRoute() {
        String path = recommendations(customer) + "?limit=9";
        authorized().get(path).then().statusCode(200);
        double before = requestCount("/api/users/{id}/recommendations");
        for (int i = 0; i < 5; i++) {
            Response early = authorized().get(path);
            assertNull(early.cookie(CSRF_COOKIE));
        }
        assertEquals(before + 5, requestCount("/api/users/{id}/recommendations"));
    }

    private static double requestCount(String route) {
        return given().get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")
                        && line.contains("uri=\"" + route + "\"") && line.contains("status=\"200\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
