package io.solemate.recommend.api;

import static io.restassured.RestAssured.given;
import static io.solemate.testsupport.Api.authorized;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each sellability rule of recommendations and similar shoes is on by default and turned off by its own parameter.
 * One brand of its own, filtered by, so every eligible shoe of it is in the (long) list.
 */
@QuarkusTest
class SellableParametersTest {

    @Inject
    Fixtures fixtures;

    static String brandName;
    static long customer;
    static long sellable;
    static long colourway;
    static long soldOutInHerSize;
    static long mens;
    static long notInHerSize;
    static long owned;
    static long ownedStyleColourway;

    /** A women's customer in size 39 and shoes that break one rule each. */
    @BeforeEach
    void store() {
        if (brandName != null) {
            return;
        }
        String name = Fixtures.unique("Sellable");
        long brand = fixtures.brand(name);
        sellable = fixtures.shoe("Canal Loafer", brand, "casual", "women", "leather", 80, true, 38, 39, 40);
        colourway = fixtures.colourway(sellable, "tan", true);
        soldOutInHerSize = fixtures.shoe("Lock Loafer", brand, "casual", "women", "leather", 81, true, 38, 39, 40);
        fixtures.stock(soldOutInHerSize, 39, 0);
        mens = fixtures.shoe("Towpath Loafer", brand, "casual", "men", "leather", 82, true, 39, 40, 41);
        notInHerSize = fixtures.shoe("Weir Loafer", brand, "casual", "women", "leather", 83, true, 36, 37);
        owned = fixtures.shoe("Bridge Loafer", brand, "casual", "women", "leather", 84, true, 39);
        ownedStyleColourway = fixtures.colourway(owned, "white", true);
        customer = fixtures.user(Fixtures.unique("Walker"), "women", 39.0);
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        fixtures.interaction(customer, owned, "purchase", null, yesterday);
        fixtures.purchase(customer, owned, 39.0, yesterday);
        assertTrue(Api.refit() > 0);
        brandName = name;
    }

    private static List<Long> recommended(String parameter, Object value) {
        RequestSpecification request = given().queryParam("brand", brandName).queryParam("limit", 100);
        if (parameter != null) {
            request.queryParam(parameter, value);
        }
        return request.get("/api/users/{id}/recommendations", customer).then().statusCode(200).extract()
                .jsonPath().getList("items.shoeId", Long.class);
    }

    @Test
    void byDefaultOnlyWhatTheShopCanSellHer() {
        List<Long> picks = recommended(null, null);
        assertEquals(1, picks.stream().filter(id -> id == sellable || id == colourway).count(), picks.toString());
        for (long unsellable : new long[] {soldOutInHerSize, mens, notInHerSize, owned, ownedStyleColourway}) {
            assertFalse(picks.contains(unsellable), unsellable + " in " + picks);
        }
    }

    @Test
    void eachRuleTurnsOffOnItsOwn() {
        assertTrue(recommended("inStock", false).contains(soldOutInHerSize));
        assertTrue(recommended("forCustomerGender", false).contains(mens));
        assertTrue(recommended("inCustomerSize", false).contains(notInHerSize));
        List<Long> withOwned = recommended("includeOwned", true);
        assertTrue(withOwned.contains(owned) || withOwned.contains(ownedStyleColourway), withOwned.toString());
        assertTrue(recommended("variants", "all").containsAll(List.of(sellable, colourway)));
        // An explicit size replaces hers.
        List<Long> in37 = recommended("size", 37);
        assertTrue(in37.contains(notInHerSize) && !in37.contains(sellable), in37.toString());
    }

    @Test
    void similarShoesShowOtherStylesOnlyUnlessAllVariants() {
        List<Long> similar = given().queryParam("brand", brandName).queryParam("limit", 100)
                .get("/api/shoes/{id}/similar", sellable).then().statusCode(200).extract().jsonPath()
                .getList("items.shoeId", Long.class);
        assertFalse(similar.contains(colourway), "its own style");
        List<Long> all = given().queryParam("brand", brandName).queryParam("variants", "all")
                .get("/api/shoes/{id}/similar", sellable).then().statusCode(200).extract().jsonPath()
                .getList("items.shoeId", Long.class);
        assertTrue(all.contains(colourway), all.toString());
    }

    @Test
    void aRuleParameterTakesOnlyItsOwnValues() {
        given().queryParam("inCustomerSize", "yes").get("/api/users/{id}/recommendations", customer).then()
                .statusCode(400).contentType("application/problem+json").body("parameter", equalTo("inCustomerSize"));
        given().queryParam("variants", "some").get("/api/shoes/{id}/similar", sellable).then()
                .statusCode(400).contentType("application/problem+json").body("parameter", equalTo("variants"));
    }

    @Test
    void theShoeShowsItsStyleAndItsPairsPerSize() {
        given().get("/api/shoes/{id}", soldOutInHerSize).then().statusCode(200)
                .body("style", equalTo(fixtures.styleOf(soldOutInHerSize)))
                .body("inStock", equalTo(true))
                .body("stock.find { it.euSize == 39.0 }.pairs", equalTo(0))
                .body("stock.find { it.euSize == 40.0 }.pairs", equalTo(Fixtures.PAIRS_PER_SIZE));
    }
}
