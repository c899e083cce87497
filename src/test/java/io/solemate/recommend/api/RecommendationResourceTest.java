package io.solemate.recommend.api;

import static io.restassured.RestAssured.given;
import static io.solemate.testsupport.Api.authorized;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Await;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class RecommendationResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    SimilarAnswers similarAnswers;

    // Built once for the class: every test reads the same store and the model fitted on it.
    static long brand;
    static List<Long> boots = new ArrayList<>();
    static List<Long> runners = new ArrayList<>();
    static long bootFan;
    static long runnerFan;
    static long newcomer;

    /** Two taste clusters (suede boots, mesh runners), fans of each, and a customer with no history. */
    @BeforeEach
    void store() {
        if (!boots.isEmpty()) {
            return;
        }
        brand = fixtures.brand(Fixtures.unique("Reco"));
        for (int i = 0; i < 6; i++) {
            boots.add(fixtures.shoe("Ridge Suede Boot " + i, brand, "boots", "men", "suede", 150 + i, true, 42, 43));
            runners.add(fixtures.shoe("Tempo Mesh Runner " + i, brand, "running", "men", "mesh", 90 + i, true, 42,
                    43));
        }
        Instant now = Instant.now().minus(1, ChronoUnit.DAYS);
        List<Long> fans = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            long user = fixtures.user(Fixtures.unique("Fan"), "men", 42.0);
            fans.add(user);
            List<Long> liked = u % 2 == 0 ? boots : runners;
            for (int i = 0; i < liked.size(); i++) {
                if ((i + u) % 6 != 0) {
                    fixtures.interaction(user, liked.get(i), i % 3 == 0 ? "purchase" : "like", null, now);
                }
            }
        }
        bootFan = fans.get(0);
        runnerFan = fans.get(1);
        fixtures.purchase(bootFan, boots.get(1), 42.0, now);
        newcomer = fixtures.user(Fixtures.unique("Newcomer"), "men", 42.0);
        assertTrue(Api.refit() > 0);
    }

    @Test
    void recommendsWithReasonsAndExcludesOwnedShoes() {
        JsonPath body = given().queryParam("limit", 5).get("/api/users/{id}/recommendations", bootFan)
                .then().statusCode(200)
                .body("userId", is((int) bootFan))
                .body("items", hasSize(5))
                .body("items.reason.text", everyItem(not(equalTo(""))))
                .body("items.score", everyItem(notNullValue()))
                .extract().jsonPath();
        List<Long> shoes = body.getList("items.shoeId", Long.class);
        assertTrue(!shoes.contains(boots.get(1)), "an owned shoe was recommended: " + shoes);
        given().queryParam("includeOwned", true).queryParam("limit", 100)
                .get("/api/users/{id}/recommendations", bootFan).then().statusCode(200)
                .body("items.shoeId", org.hamcrest.Matchers.hasItem(boots.get(1).intValue()));
    }

    @Test
    void aBootFanGetsBootsFirst() {
        List<Long> top = given().queryParam("limit", 3).queryParam("brand", brandName())
                .get("/api/users/{id}/recommendations", bootFan).then().statusCode(200)
                .extract().jsonPath().getList("items.shoeId", Long.class);
        assertTrue(boots.containsAll(top), "expected boots first, got " + top);
    }

    @Test
    void filtersApply() {
        given().queryParam("category", "running").queryParam("maxPrice", 92.5).queryParam("limit", 50)
                .get("/api/users/{id}/recommendations", bootFan).then().statusCode(200)
                .body("items.category", everyItem(equalTo("running")))
                .body("items.price", everyItem(lessThanOrEqualTo(92.5f)));
    }

    @Test
    void aNewcomerGetsColdStartPicks() {
        given().get("/api/users/{id}/recommendations", newcomer).then().statusCode(200)
                .body("coldStart", is(true)).body("items.size()", greaterThan(0));
        long registeredAfterFit = fixtures.user(Fixtures.unique("Late"), "women", 38.0);
        given().get("/api/users/{id}/recommendations", registeredAfterFit).then().statusCode(200)
                .body("coldStart", is(true)).body("items.size()", greaterThan(0));
    }

    @Test
    void similarShoesAreTheSameKind() {
        List<Long> similar = given().queryParam("limit", 3).get("/api/shoes/{id}/similar", boots.get(0))
                .then().statusCode(200).body("items", hasSize(3))
                .extract().jsonPath().getList("items.shoeId", Long.class);
        assertTrue(!similar.contains(boots.get(0)), "a shoe is not similar to itself");
        assertTrue(boots.containsAll(similar), "expected the other suede boots, got " + similar);
    }

    @Test
    void modelDescribesItself() {
        given().get("/api/model").then().statusCode(200)
                .body("version", greaterThan(0)).body("shoes", greaterThan(11))
                .body("collaborativeModel", notNullValue()).body("blendWeights", notNullValue())
                .body("memoryBytesByPart.collaborativeFactors", greaterThanOrEqualTo(0))
                .body("memoryBytesByPart.itemItemWeights", greaterThanOrEqualTo(0))
                .body("memoryBytesByPart.tfidfIndex", greaterThan(0))
                .body("hyperParameters.ALS.halfLifeDays", notNullValue())
                .body("hyperParameters.ItemItem.method", notNullValue())
                .body("hyperParameters.search.trials", notNullValue());
    }

    @Test
    void unknownIdsAre404() {
        given().get("/api/users/{id}/recommendations", 987654321L).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/shoes/{id}/similar", 987654321L).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = { "limit=0", "limit=101", "limit=x", "size=99", "category=moon", "minPrice=9&maxPrice=1",
            "gender=x" })
    void badParametersAre400(String query) {
        given().get("/api/users/{id}/recommendations?" + query, bootFan).then().statusCode(400)
                .contentType("application/problem+json");
        given().get("/api/shoes/{id}/similar?" + query, boots.get(0)).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aSimilarAnswerIsKeptForItsModelOnly() {
        double hitsBefore = similarAnswerHits();
        String first = given().queryParam("limit", 4).get("/api/shoes/{id}/similar", boots.get(2)).then()
                .statusCode(200).extract().asString();
        String again = given().queryParam("limit", 4).get("/api/shoes/{id}/similar", boots.get(2)).then()
                .statusCode(200).extract().asString();
        assertEquals(first, again);
        assertTrue(similarAnswerHits() > hitsBefore, "the second answer was not the kept one");
        // Another limit is another answer, not a cut of the kept one.
        given().queryParam("limit", 2).get("/api/shoes/{id}/similar", boots.get(2)).then().statusCode(200)
                .body("items", hasSize(2));

        long refitted = Api.refit();
        given().queryParam("limit", 4).get("/api/shoes/{id}/similar", boots.get(2)).then().statusCode(200)
                .body("modelVersion", equalTo((int) refitted));
        // The other kept request is ranked again for the new model without being asked (rest-assured's target and
        // Accept header: the request as sent).
        String target = "/api/shoes/" + boots.get(2) + "/similar?limit=2";
        Await.awaitTrue(Duration.ofSeconds(30), () -> similarAnswers.kept(target, "*/*")
                .map(json -> new String(json.bytes(), StandardCharsets.UTF_8))
                .filter(answer -> answer.contains("\"modelVersion\":" + refitted + ",")).isPresent());
        io.restassured.response.Response early = given().queryParam("limit", 2)
                .get("/api/shoes/{id}/similar", boots.get(2));
        early.then().statusCode(200).body("modelVersion", equalTo((int) refitted));
        assertNull(early.cookie("csrf-token"), "sent early (SimilarAnswerReplay): no CSRF token");
    }

    private static double similarAnswerHits() {
        return similarAnswerMetric("cache_gets_total{", "result=\"hit\"");
    }

    private static double similarAnswerMetric(String series, String label) {
        return given().get("/q/metrics").then().extract().asString().lines()
                .filter(line -> line.startsWith(series) && line.contains("cache=\"similar-answers\"")
                        && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void aRefitWhileRequestsRunNeverFailsARequest() throws Exception {
        long before = given().get("/api/model").then().extract().jsonPath().getLong("version");
        AtomicBoolean refitting = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        Thread readers = Thread.ofPlatform().start(() -> {
            while (refitting.get()) {
                statuses.add(given().get("/api/users/{id}/recommendations", runnerFan).then().extract().statusCode());
            }
        });
        authorized().post("/api/admin/model/refresh").then().statusCode(200);
        refitting.set(false);
        readers.join();
        assertTrue(statuses.size() > 0);
        assertEquals(List.of(200), statuses.stream().distinct().toList());
        long after = given().get("/api/model").then().extract().jsonPath().getLong("version");
        assertTrue(after > before, "version " + after + " after " + before);
    }

    private String brandName() {
        return given().get("/api/shoes/{id}", boots.get(0)).then().extract().path("brand");
    }
}
