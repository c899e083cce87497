package io.solemate.aftercare.resources;

import static io.restassured.RestAssured.given;
import static io.solemate.testsupport.Api.authorized;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.solemate.aftercare.services.AftercareJob;
import io.solemate.testsupport.Fixtures;
import io.solemate.testsupport.MutableClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NotificationResourceTest {

    private static final String READ = "/api/users/{userId}/notifications/{id}/read";
    private static final String DISMISS = "/api/users/{userId}/notifications/{id}/dismiss";

    @Inject
    AftercareJob job;

    @Inject
    Fixtures fixtures;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A customer with one walking shoe bought on 1 January 2026 (care every 30 days, 365-day life). */
    private long[] customerWithOneShoe() {
        long brand = fixtures.brand(Fixtures.unique("Feed"));
        long shoe = fixtures.shoe("Daily Walker", brand, "walking", "women", "leather", 120, true, 39);
        long user = fixtures.user(Fixtures.unique("Reader"), "women", 39.0);
        long purchase = fixtures.purchase(user, shoe, 39.0, Instant.parse("2026-01-01T10:00:00Z"));
        clock.set(Instant.parse("2026-04-15T08:00:00Z"));
        job.run().await().atMost(Duration.ofMinutes(2));
        return new long[] { user, shoe, purchase };
    }

    @Test
    void listsDueNotificationsNewestFirstWithPaging() {
        long user = customerWithOneShoe()[0];
        given().get("/api/users/{id}/notifications", user).then().statusCode(200)
                .body("total", is(3))
                .body("items.dueOn", contains("2026-04-01", "2026-03-02", "2026-01-31"))
                .body("items[0].kind", equalTo("care")).body("items[0].status", equalTo("unread"))
                .body("items[0].title", equalTo("Time to care for your Daily Walker"))
                .body("items[0].body", equalTo("Care for leather"))
                .body("items[0].suggestedShoeIds", hasSize(0));
        given().queryParam("limit", 2).queryParam("page", 1).get("/api/users/{id}/notifications", user)
                .then().statusCode(200).body("total", is(3)).body("items.dueOn", contains("2026-01-31"));
    }

    @Test
    void readAndDismissAreIdempotentAndFilterTheFeed() {
        long user = customerWithOneShoe()[0];
        String newest = given().get("/api/users/{id}/notifications", user).then().extract().path("items[0].id");
        String oldest = given().get("/api/users/{id}/notifications", user).then().extract().path("items[2].id");

        String changedAt = authorized().post(READ, user, newest).then().statusCode(200)
                .body("status", equalTo("read")).body("statusChangedAt", notNullValue())
                .extract().path("statusChangedAt");
        clock.set(Instant.parse("2026-04-15T09:00:00Z"));
        authorized().post(READ, user, newest).then().statusCode(200)
                .body("status", equalTo("read")).body("statusChangedAt", equalTo(changedAt));

        authorized().post(DISMISS, user, oldest).then().statusCode(200)
                .body("status", equalTo("dismissed"));
        authorized().post(DISMISS, user, oldest).then().statusCode(200)
                .body("status", equalTo("dismissed"));
        authorized().post(READ, user, oldest).then().statusCode(200)
                .body("status", equalTo("dismissed"));

        given().queryParam("status", "unread").get("/api/users/{id}/notifications", user).then()
                .body("items.dueOn", contains("2026-03-02"));
        given().queryParam("status", "read").get("/api/users/{id}/notifications", user).then()
                .body("items.dueOn", contains("2026-04-01"));
        given().queryParam("status", "all").get("/api/users/{id}/notifications", user).then()
                .body("total", is(2)).body("items.dueOn", contains("2026-04-01", "2026-03-02"));
    }

    @Test
    void unknownIdsAre404AndABadStatusIs400() {
        given().get("/api/users/{id}/notifications", 987654321L).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/users/{id}/shoes", 987654321L).then().statusCode(404)
                .contentType("application/problem+json");
        authorized().post(READ, 987654321L, "987654321-care-1").then().statusCode(404)
                .contentType("application/problem+json");
        authorized().post(DISMISS, 987654321L, "987654321-replacement-1").then().statusCode(404);
        // Not a notification id at all (or an id of the old, due-date form): no such notification either.
        authorized().post(READ, 1, 987654321L).then().statusCode(404).contentType("application/problem+json");
        authorized().post(DISMISS, 1, "1-care-2026-01-05").then().statusCode(404);
        long user = fixtures.user(Fixtures.unique("Nobody"), "men", null);
        given().queryParam("status", "dismissed").get("/api/users/{id}/notifications", user).then()
                .statusCode(400).contentType("application/problem+json").body("parameter", equalTo("status"));
        given().queryParam("limit", 0).get("/api/users/{id}/notifications", user).then()
                .statusCode(400).body("parameter", equalTo("limit"));
        given().get("/api/users/{id}/notifications", user).then().statusCode(200).body("total", is(0));
    }

    @Test
    void anotherCustomersNotificationIsNotFoundWhateverTheKey() {
        long owner = customerWithOneShoe()[0];
        long stranger = fixtures.user(Fixtures.unique("Stranger"), "men", null);
        String id = given().get("/api/users/{id}/notifications", owner).then().extract().path("items[0].id");

        authorized().post(READ, stranger, id).then().statusCode(404).contentType("application/problem+json");
        authorized().post(DISMISS, stranger, id).then().statusCode(404);
        given().get("/api/users/{id}/notifications", owner).then().body("items[0].status", equalTo("unread"));
        // The old route, which took any key holder's word for whose notification it was, is gone.
        authorized().post("/api/notifications/{id}/dismiss", id).then().statusCode(404);
        authorized().post(DISMISS, owner, id).then().statusCode(200).body("status", equalTo("dismissed"));
    }

    @Test
    void keysNameTheNthReminderAndStayWhenTheCareIntervalChanges() {
        long[] ids = customerWithOneShoe();
        given().get("/api/users/{id}/notifications", ids[0]).then()
                .body("items.id", contains(ids[2] + "-care-3", ids[2] + "-care-2", ids[2] + "-care-1"));
        // The shoe's care interval changes after three reminders were written: they keep their keys, the job
        // writes no second set, and the next reminder is the fourth, due by the new interval.
        fixtures.update("UPDATE shoes SET care_interval_days = 20 WHERE id = ?", ids[1]);
        job.run().await().atMost(Duration.ofMinutes(2));
        given().queryParam("status", "all").get("/api/users/{id}/notifications", ids[0]).then()
                .body("total", is(5))
                .body("items.id", contains(ids[2] + "-care-5", ids[2] + "-care-3", ids[2] + "-care-4",
                        ids[2] + "-care-2", ids[2] + "-care-1"))
                .body("items.dueOn", contains("2026-04-11", "2026-04-01", "2026-03-22", "2026-03-02",
                        "2026-01-31"));
    }

    @Test
    void ownedShoesShowTheirLifecycle() {
        long[] ids = customerWithOneShoe();
        long user = ids[0];
        long returnedShoe = fixtures.shoe("Returned Runner", fixtures.brand(Fixtures.unique("Gone")), "running",
                "women", "mesh", 90, true, 39);
        long returned = fixtures.purchase(user, returnedShoe, 39.0, Instant.parse("2026-02-01T10:00:00Z"));
        fixtures.update("UPDATE purchases SET returned_at = purchased_at + interval '2 days' WHERE id = ?", returned);
        String read = given().get("/api/users/{id}/notifications", user).then().extract().path("items[1].id");
        authorized().post(READ, user, read).then().statusCode(200);

        given().get("/api/users/{id}/shoes", user).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].purchaseId", is((int) ids[2])).body("[0].shoeId", is((int) ids[1]))
                .body("[0].name", equalTo("Daily Walker")).body("[0].category", equalTo("walking"))
                .body("[0].material", equalTo("leather")).body("[0].purchasedAt", equalTo("2026-01-01T10:00:00Z"))
                .body("[0].ageDays", is(104))
                .body("[0].lifeUsed", is((float) (104 / 365.0)))
                .body("[0].nextCareOn", equalTo("2026-05-01"))
                .body("[0].endOfLifeOn", equalTo("2027-01-01"))
                .body("[0].careInstructions", equalTo("Care for leather"))
                .body("[0].dueNotifications.dueOn", equalTo(List.of("2026-04-01", "2026-01-31")));
    }

    @Test
    void aShoeAtTheEndOfItsLifeHasNoNextCareButAReplacementSuggestion() {
        long[] ids = customerWithOneShoe();
        clock.set(Instant.parse("2027-02-01T00:00:00Z"));
        job.run().await().atMost(Duration.ofMinutes(2));
        given().get("/api/users/{id}/shoes", ids[0]).then().statusCode(200)
                .body("[0].nextCareOn", nullValue())
                .body("[0].lifeUsed", is((float) (396 / 365.0)))
                .body("[0].dueNotifications[0].dueOn", equalTo("2026-12-27"))
                .body("[0].dueNotifications.findAll { it.kind == 'replacement' }.dueOn", contains("2026-12-02"))
                .body("[0].dueNotifications.find { it.kind == 'replacement' }.suggestedShoeIds[0]",
                        is((int) ids[1]));
    }
}
