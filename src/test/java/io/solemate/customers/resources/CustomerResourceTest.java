package io.solemate.customers.resources;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void getsACustomer() {
        String name = Fixtures.unique("Grace");
        long id = fixtures.user(name, "women", 39.5);
        given().get("/api/users/{id}", id).then().statusCode(200)
                .body("name", equalTo(name)).body("shoeSize", is(39.5f)).body("region", equalTo("test-town"));
    }

    @Test
    void searchesByNamePrefix() {
        String name = Fixtures.unique("Zebedee");
        long id = fixtures.user(name, "men", null);
        Api.authorized().queryParam("q", name.substring(0, name.length() - 2).toUpperCase()).get("/api/users")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", is((int) id));
        Api.authorized().queryParam("q", "%").get("/api/users").then().statusCode(200).body("total", is(0));
    }

    @Test
    void findsACustomerBySurnameFullNameEmailAndNumber() {
        String surname = "Larsen" + java.util.concurrent.ThreadLocalRandom.current().ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        long id = fixtures.user("Ivan " + surname, "men", 43.0);
        fixtures.update("UPDATE users SET email = ? WHERE id = ?", surname + ".ivan@example.com", id);
        for (String q : new String[] { surname, surname.substring(0, 9).toUpperCase(), "ivan " + surname,
            surname + " Ivan", surname + ".iv", "#" + id, String.valueOf(id) }) {
            Api.authorized().queryParam("q", q).get("/api/users").then().statusCode(200)
                    .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        }
        Api.authorized().queryParam("q", "van " + surname).get("/api/users").then().statusCode(200).body("total", is(0));
    }

    @Test
    void hostileSearchTextIsJustText() {
        for (String q : new String[] { "'", "\\", "%", "_", ":*", "a & | ! ( )", "'); DROP TABLE users; --",
            "ü", "x".repeat(100), "@", "#", "# ", "99999999999999999999" }) {
            Api.authorized().queryParam("q", q).get("/api/users").then().statusCode(200);
        }
        Api.authorized().queryParam("q", "nul\u0000").get("/api/users").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("q"));
        Api.authorized().queryParam("q", "x".repeat(101)).get("/api/users").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("q"));
    }

    @Test
    void listsPurchasesNewestFirst() {
        long brand = fixtures.brand(Fixtures.unique("Owned"));
        long older = fixtures.shoe("Old Loafer", brand, "dress", "men", "leather", 200, true, 43);
        long newer = fixtures.shoe("New Trainer", brand, "training", "men", "knit", 90, true, 43);
        long user = fixtures.user(Fixtures.unique("Owner"), "men", 43.0);
        fixtures.purchase(user, older, 43.0, Instant.parse("2025-03-01T09:00:00Z"));
        fixtures.purchase(user, newer, 43.0, Instant.parse("2026-03-01T09:00:00Z"));
        given().get("/api/users/{id}/purchases", user).then().statusCode(200)
                .body("total", is(2)).body("items.shoeName", equalTo(java.util.List.of("New Trainer", "Old Loafer")))
                .body("items.pricePaid", equalTo(java.util.List.of(90.0f, 200.0f)));
        given().queryParam("limit", 1).queryParam("page", 1).get("/api/users/{id}/purchases", user)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].shoeName", equalTo("Old Loafer"));
    }

    @Test
    void unknownCustomerIs404AndBadIdIs400() {
        given().get("/api/users/{id}", 987654321L).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/users/{id}/purchases", 987654321L).then().statusCode(404);
        given().get("/api/users/x1").then().statusCode(400).contentType("application/problem+json");
        Api.authorized().queryParam("limit", 500).get("/api/users").then().statusCode(400).body("parameter", equalTo("limit"));
    }
}
