package io.solemate.interactions.resources;

import static io.restassured.RestAssured.given;
import static io.solemate.testsupport.Api.authorized;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.solemate.testsupport.Fixtures;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class InteractionResourceTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Pool pool;

    long user;
    long shoe;

    @BeforeEach
    void store() {
        long brand = fixtures.brand(Fixtures.unique("Ingest"));
        shoe = fixtures.shoe("Ingest Runner", brand, "running", "women", "mesh", 120, true, 38, 39);
        user = fixtures.user("Ada Ingest", "women", 38.0);
    }

    private String event(UUID id, String kind, String extra) {
        return """
                {"clientEventId":"%s","userId":%d,"shoeId":%d,"kind":"%s"%s}""".formatted(id, user, shoe, kind, extra);
    }

    private long rows(UUID id) {
        return fixtures.queryLong("SELECT count(*) FROM interactions WHERE client_event_id = ?", id);
    }

    @Test
    void sameEventTwiceLeavesOneRowAndReturnsTheOriginal() {
        UUID id = UUID.randomUUID();
        int first = authorized().contentType(ContentType.JSON).body(event(id, "like", ""))
                .post("/api/interactions").then().statusCode(201)
                .body("duplicate", is(false)).extract().path("interactionId");
        authorized().contentType(ContentType.JSON).body(event(id, "like", ""))
                .post("/api/interactions").then().statusCode(200)
                .body("duplicate", is(true)).body("interactionId", is(first));
        assertEquals(1, rows(id));
    }

    @Test
    void concurrentRepeatsStillLeaveOneRow() {
        UUID id = UUID.randomUUID();
        var requests = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                authorized().contentType(ContentType.JSON).body(event(id, "view", "")).post("/api/interactions")
                        .then().extract().statusCode())).toList();
        requests.forEach(r -> assertEquals(true, r.join() == 200 || r.join() == 201));
        assertEquals(1, rows(id));
    }

    @Test
    void sameIdForADifferentEventIs409() {
        UUID id = UUID.randomUUID();
        authorized().contentType(ContentType.JSON).body(event(id, "view", "")).post("/api/interactions")
                .then().statusCode(201);
        authorized().contentType(ContentType.JSON).body(event(id, "cart", "")).post("/api/interactions")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void purchaseRecordsTheOwnedPairAndReturnClosesIt() {
        authorized().contentType(ContentType.JSON)
                .body(event(UUID.randomUUID(), "purchase", ",\"size\":38.5,\"usageKmPerWeek\":20,"
                        + "\"occurredAt\":\"2026-01-10T10:00:00Z\""))
                .post("/api/interactions").then().statusCode(201);
        given().get("/api/users/{id}/purchases", user).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].shoeId", is((int) shoe))
                .body("items[0].euSize", is(38.5f)).body("items[0].returnedAt", equalTo(null));

        authorized().contentType(ContentType.JSON)
                .body(event(UUID.randomUUID(), "return", ",\"occurredAt\":\"2026-01-20T10:00:00Z\""))
                .post("/api/interactions").then().statusCode(201);
        given().get("/api/users/{id}/purchases", user).then().statusCode(200)
                .body("items[0].returnedAt", equalTo("2026-01-20T10:00:00Z"));
    }

    @Test
    void batchIsAcknowledgedPerEventAndIdempotent() {
        UUID repeated = UUID.randomUUID();
        authorized().contentType(ContentType.JSON).body(event(repeated, "view", "")).post("/api/interactions")
                .then().statusCode(201);
        String batch = "[" + event(repeated, "view", "") + "," + event(UUID.randomUUID(), "rating", ",\"value\":4")
                + "," + event(UUID.randomUUID(), "cart", "") + "]";
        authorized().contentType(ContentType.JSON).body(batch).post("/api/interactions").then().statusCode(200)
                .body("results", hasSize(3))
                .body("results.duplicate", equalTo(java.util.List.of(true, false, false)));
        assertEquals(1, rows(repeated));
    }

    @Test
    void aFailingEventRejectsTheWholeBatch() {
        UUID good = UUID.randomUUID();
        String batch = "[" + event(good, "view", "") + ","
                + event(UUID.randomUUID(), "view", "").replace("\"shoeId\":" + shoe, "\"shoeId\":999999999") + "]";
        authorized().contentType(ContentType.JSON).body(batch).post("/api/interactions").then().statusCode(422)
                .contentType("application/problem+json").body("parameter", equalTo("[1].shoeId"));
        assertEquals(0, rows(good));
    }

    @Test
    void unknownUserIs422() {
        authorized().contentType(ContentType.JSON)
                .body(event(UUID.randomUUID(), "view", "").replace("\"userId\":" + user, "\"userId\":987654321"))
                .post("/api/interactions").then().statusCode(422).body("parameter", equalTo("userId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{not json",
            "42",
            "[]",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"click\"}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\",\"value\":-1}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"rating\"}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"rating\",\"value\":9}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}",
            "{\"clientEventId\":\"not-a-uuid\",\"userId\":1,\"shoeId\":1,\"kind\":\"view\"}",
            "{\"userId\":1,\"shoeId\":1,\"kind\":\"view\"}",
            "{\"clientEventId\":\"%s\",\"userId\":\"abc\",\"shoeId\":1,\"kind\":\"view\"}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\",\"surprise\":true}",
            // Found by the hardening review (issue 14): each was accepted or answered 500.
            "[null]",
            "[1]",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\"} trailing",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\"}{}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":3}",
            "{\"clientEventId\":\"%s\",\"userId\":\"%d\",\"shoeId\":%d,\"kind\":\"view\"}",
            "{\"clientEventId\":\"%s\",\"userId\":%d.5,\"shoeId\":%d,\"kind\":\"view\"}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\",\"kind\":\"like\"}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\",\"size\":42}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"purchase\",\"size\":1e400}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\",\"occurredAt\":\"-5000-01-01T00:00:00Z\"}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\",\"occurredAt\":\"0001-01-01T00:00:00Z\"}",
            "{\"clientEventId\":\"%s\",\"userId\":%d,\"shoeId\":%d,\"kind\":\"view\",\"occurredAt\":\"+999999999-01-01T00:00:00Z\"}" })
    void malformedInputIs400ProblemThatNamesNoJavaType(String template) {
        UUID id = UUID.randomUUID();
        String body = template.contains("%") ? template.formatted(id, user, shoe) : template;
        authorized().contentType(ContentType.JSON).body(body).post("/api/interactions").then().statusCode(400)
                .contentType("application/problem+json").body("status", is(400))
                .body(not(containsString("java."))).body(not(containsString("io.solemate")))
                .body(not(containsString("class ")));
        assertEquals(0, rows(id));
    }

    @Test
    void anEventFromYearMinus5000IsRefusedAndTheCustomerStaysReadable() {
        authorized().contentType(ContentType.JSON).body(event(UUID.randomUUID(), "purchase",
                ",\"occurredAt\":\"-5000-01-01T00:00:00Z\"")).post("/api/interactions").then().statusCode(400)
                .body("parameter", equalTo("occurredAt"));
        given().get("/api/users/{id}/purchases", user).then().statusCode(200).body("total", is(0));
        given().get("/api/users/{id}/shoes", user).then().statusCode(200);
    }

    @Test
    void problemsNameTheApisOwnFields() {
        authorized().contentType(ContentType.JSON).body(event(UUID.randomUUID(), "rating", ""))
                .post("/api/interactions").then().statusCode(400).body("parameter", equalTo("value"));
        authorized().contentType(ContentType.JSON).body(event(UUID.randomUUID(), "click", ""))
                .post("/api/interactions").then().statusCode(400).body("parameter", equalTo("kind"))
                .body("detail", containsString("view|like|cart|purchase|rating|return"));
        authorized().contentType(ContentType.JSON).body("[" + event(UUID.randomUUID(), "view", "") + ","
                + event(UUID.randomUUID(), "view", "").replace("\"userId\":" + user, "\"userId\":\"x\"") + "]")
                .post("/api/interactions").then().statusCode(400).body("parameter", equalTo("[1].userId"))
                .body("detail", equalTo("userId must be a whole number"));
    }

    @Test
    void aRepeatThatDiffersInAnyFieldIs409() {
        UUID id = UUID.randomUUID();
        String first = ",\"occurredAt\":\"2026-01-10T10:00:00Z\",\"size\":38.5,\"usageKmPerWeek\":20";
        authorized().contentType(ContentType.JSON).body(event(id, "purchase", first)).post("/api/interactions")
                .then().statusCode(201);
        authorized().contentType(ContentType.JSON).body(event(id, "purchase", first)).post("/api/interactions")
                .then().statusCode(200).body("duplicate", is(true));
        for (String changed : new String[] { first.replace("10:00:00Z", "11:00:00Z"), first.replace("38.5", "39"),
                first.replace(":20", ":25"), first + ",\"value\":1" }) {
            authorized().contentType(ContentType.JSON).body(event(id, "purchase", changed))
                    .post("/api/interactions").then().statusCode(409).contentType("application/problem+json");
        }
        UUID rating = UUID.randomUUID();
        authorized().contentType(ContentType.JSON).body(event(rating, "rating", ",\"value\":4"))
                .post("/api/interactions").then().statusCode(201);
        authorized().contentType(ContentType.JSON).body(event(rating, "rating", ",\"value\":5"))
                .post("/api/interactions").then().statusCode(409).body("detail", containsString("value"));
        assertEquals(1, rows(id));
    }

    /** Ten clients at once: the common pool has a thread or two on this machine, which would send one by one. */
    private final ExecutorService clients = Executors.newFixedThreadPool(10);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    @Test
    void tenParallelBatchesOfTheSameEventsInOppositeOrdersAllSucceed() {
        for (int round = 0; round < 3; round++) {
            UUID a = UUID.randomUUID();
            UUID b = UUID.randomUUID();
            String forward = "[" + event(a, "view", "") + "," + event(b, "cart", "") + "]";
            String backward = "[" + event(b, "cart", "") + "," + event(a, "view", "") + "]";
            var requests = IntStream.range(0, 10).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                    authorized().contentType(ContentType.JSON).body(i % 2 == 0 ? forward : backward)
                            .post("/api/interactions").then().extract(), clients)).toList();
            for (var request : requests) {
                var response = request.join();
                assertEquals(200, response.statusCode(), response.asString());
            }
            assertEquals(1, rows(a));
            assertEquals(1, rows(b));
        }
    }

    @Test
    void aReturnThatArrivesBeforeItsPurchaseClosesItWhenItComes() {
        authorized().contentType(ContentType.JSON)
                .body(event(UUID.randomUUID(), "return", ",\"occurredAt\":\"2026-01-20T10:00:00Z\""))
                .post("/api/interactions").then().statusCode(201);
        authorized().contentType(ContentType.JSON)
                .body(event(UUID.randomUUID(), "purchase", ",\"occurredAt\":\"2026-01-10T10:00:00Z\""))
                .post("/api/interactions").then().statusCode(201);
        given().get("/api/users/{id}/purchases", user).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].returnedAt", equalTo("2026-01-20T10:00:00Z"));
        // The return is used up: a second pair bought before it stays open.
        authorized().contentType(ContentType.JSON)
                .body(event(UUID.randomUUID(), "purchase", ",\"occurredAt\":\"2026-01-11T10:00:00Z\""))
                .post("/api/interactions").then().statusCode(201);
        assertEquals(1, fixtures.queryLong(
                "SELECT count(*) FROM purchases WHERE user_id = ? AND returned_at IS NULL", user));
    }

    @Test
    void twoConcurrentReturnsOfTwoPairsCloseBoth() {
        for (int round = 0; round < 5; round++) {
            long owner = fixtures.user(Fixtures.unique("Twin"), "women", 38.0);
            for (String day : new String[] { "2026-01-10", "2026-01-11" }) {
                authorized().contentType(ContentType.JSON).body(event(UUID.randomUUID(), "purchase",
                        ",\"occurredAt\":\"" + day + "T10:00:00Z\"").replace("\"userId\":" + user,
                        "\"userId\":" + owner)).post("/api/interactions").then().statusCode(201);
            }
            var returns = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                    authorized().contentType(ContentType.JSON).body(event(UUID.randomUUID(), "return",
                            ",\"occurredAt\":\"2026-01-20T10:00:00Z\"").replace("\"userId\":" + user,
                            "\"userId\":" + owner)).post("/api/interactions").then().extract().statusCode(),
                    clients)).toList();
            returns.forEach(r -> assertEquals(201, r.join()));
            assertEquals(0, fixtures.queryLong(
                    "SELECT count(*) FROM purchases WHERE user_id = ? AND returned_at IS NULL", owner),
                    "round " + round + ": both pairs are closed");
        }
    }

    @Test
    void theServicesConnectionsCarryTimeoutsAndDurableCommits() {
        var settings = pool.query("SELECT current_setting('statement_timeout'), current_setting('lock_timeout'), "
                + "current_setting('synchronous_commit')").execute().await().indefinitely().iterator().next();
        assertEquals("1min", settings.getString(0));
        assertEquals("5s", settings.getString(1));
        assertEquals("on", settings.getString(2), "the embedded test server defaults to off");
    }

    @Test
    void oversizedBatchIs400() {
        String batch = IntStream.range(0, InteractionResource.MAX_BATCH + 1)
                .mapToObj(i -> event(UUID.randomUUID(), "view", ""))
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
        authorized().contentType(ContentType.JSON).body(batch).post("/api/interactions").then().statusCode(400)
                .body("parameter", equalTo("body"));
    }
}
