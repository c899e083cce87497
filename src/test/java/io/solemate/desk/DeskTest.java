package io.solemate.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.solemate.testsupport.Api;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store desk's HTML as served: search, escaping, empty states, actions, errors and the model panel. */
@QuarkusTest
class DeskTest {

    private static final String ESCAPED_SCRIPT_SHOE = "Trail &lt;script&gt;alert(1)&lt;/script&gt; Runner";

    @Inject
    Fixtures fixtures;

    static Shopper shopper;

    @BeforeEach
    void store() {
        if (shopper == null) {
            shopper = Shopper.create(fixtures);
        }
    }

    @Test
    void searchFindsTheShopperByNameAndByEmail() {
        given().queryParam("q", shopper.name().substring(0, shopper.name().length() - 2)).get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("href=\"/customers/" + shopper.id() + "\""), containsString(shopper.name()),
                        containsString("1 customer matches"));
        given().queryParam("q", shopper.email().toUpperCase()).get("/")
                .then().statusCode(200).body(containsString(shopper.email()));
    }

    @Test
    void searchWithoutMatchesSaysWhatToTry() {
        given().queryParam("q", "zz-nobody-" + Fixtures.unique("x")).get("/")
                .then().statusCode(200).body(containsString("starts with"), containsString("Try the first letters"),
                        not(containsString("class=\"results\"")));
    }

    @Test
    void searchTextIsEscapedWhereItIsEchoed() {
        given().queryParam("q", "<b>bold</b>").get("/")
                .then().statusCode(200).body(containsString("&lt;b&gt;bold&lt;/b&gt;"),
                        not(containsString("<b>bold</b>")));
    }

    @Test
    void customerPageShowsProfileHistoryRecommendationsAndShoes() {
        given().get("/customers/{id}", shopper.id()).then().statusCode(200)
                .body(containsString("<h1 id=\"customer-heading\">" + shopper.name() + "</h1>"),
                        containsString(shopper.email()),
                        // history: newest first, with the kind and the date
                        containsString("Added to cart"), containsString("Viewed"), containsString("Bought"),
                        containsString("Rated"),
                        // recommendations with reasons and the score blend
                        containsString("class=\"reason\""), containsString("shoppers like you ·"),
                        // their shoes with the life bar, next care and both notifications
                        containsString("Life used"), containsString("Next care"),
                        containsString(shopper.careTitle()), containsString(shopper.replacementTitle()),
                        containsString("Ridgeline Trail Runner"),
                        containsString("/customers/" + shopper.id() + "/notifications/" + shopper.careNoticeId()
                                + "/read"));
    }

    @Test
    void aShoeNameWithAScriptTagIsShownAsText() {
        given().get("/customers/{id}", shopper.id()).then().statusCode(200)
                .body(containsString(ESCAPED_SCRIPT_SHOE), not(containsString("<script")));
        given().get("/shoes/{id}", shopper.scriptShoeId()).then().statusCode(200)
                .body(containsString("<h1 id=\"shoe-heading\">" + ESCAPED_SCRIPT_SHOE + "</h1>"),
                        not(containsString("<script")));
    }

    @Test
    void shoePageListsSimilarShoes() {
        given().get("/shoes/{id}", shopper.trailShoeIds().getFirst()).then().statusCode(200)
                .body(containsString("Similar shoes"), containsString("alike"),
                        containsString("Sizes (EU)"), containsString("42, 43"));
    }

    @Test
    void newCustomerPageExplainsTheEmptyHistoryAndShoes() {
        given().get("/customers/{id}", shopper.newcomerId()).then().statusCode(200)
                .body(containsString("No activity yet: " + shopper.newcomerName() + " has not viewed"),
                        containsString(shopper.newcomerName() + " owns no shoes from the shop yet"),
                        containsString("No history yet, so these come from"));
    }

    @Test
    void markReadAndDismissRedirectBackAndChangeThePage() {
        long customer = shopper.id();
        String readTitle = "Condition the leather " + Fixtures.unique("read");
        String toRead = shopper.notice(fixtures, "care", readTitle, 2);
        given().redirects().follow(false)
                .post("/customers/{id}/notifications/{nid}/read", customer, toRead)
                .then().statusCode(303)
                .header("Location", endsWith("/customers/" + customer + "?done=read#their-shoes"));
        given().get("/customers/{id}?done=read", customer).then().statusCode(200)
                .body(containsString("Notification marked as read."), containsString(readTitle),
                        not(containsString("/notifications/" + toRead + "/read\"")),
                        containsString("/notifications/" + toRead + "/dismiss\""));

        String dismissTitle = "Re-proof the uppers " + Fixtures.unique("dismiss");
        String toDismiss = shopper.notice(fixtures, "care", dismissTitle, 3);
        given().redirects().follow(false)
                .post("/customers/{id}/notifications/{nid}/dismiss", customer, toDismiss)
                .then().statusCode(303).header("Location", endsWith("?done=dismissed#their-shoes"));
        given().get("/customers/{id}?done=dismissed", customer).then().statusCode(200)
                .body(containsString("Notification dismissed"), not(containsString(dismissTitle)));
    }

    @Test
    void unknownCustomersAndShoesGetAFriendlyPage() {
        given().get("/customers/{id}", Long.MAX_VALUE).then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Not found"), containsString("does not exist"),
                        containsString("Back to customer search"));
        given().get("/shoes/{id}", Long.MAX_VALUE).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Not found"));
        given().get("/customers/not-a-number").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("There is no page at this address"));
    }

    @Test
    void notificationsChangeOnlyFromTheirOwnCustomersPage() {
        String care = shopper.careNoticeId();
        given().redirects().follow(false).post("/customers/{id}/notifications/{nid}/read", shopper.newcomerId(), care)
                .then().statusCode(404).contentType(containsString("text/html"));
        given().redirects().follow(false).post("/customers/{id}/notifications/{nid}/read", shopper.id(), "not-an-id")
                .then().statusCode(404).contentType(containsString("text/html"));
        given().get("/customers/{id}", shopper.id()).then().statusCode(200)
                .body(containsString("/notifications/" + care + "/read\""));
    }

    @Test
    void randomCustomerRedirectsToACustomerPage() {
        given().redirects().follow(false).get("/customers/random")
                .then().statusCode(303).header("Location", matchesPattern(".*/customers/\\d+$"));
    }

    @Test
    void modelPanelShowsTheServedModelAndItsValidation() {
        given().get("/").then().statusCode(200)
                .body(containsString("Recommendation model"), containsString("NDCG@10"), containsString("Recall@10"),
                        containsString("Hybrid"), containsString("MostPopular"), containsString("name=\"apiKey\""));
    }

    @Test
    void refreshNeedsTheAdminKey() {
        given().redirects().follow(false).formParam("apiKey", "wrong").post("/model/refresh")
                .then().statusCode(403).contentType(containsString("text/html"))
                .body(containsString("That API key is not accepted"));
        String location = given().redirects().follow(false).formParam("apiKey", Api.TEST_KEY).post("/model/refresh")
                .then().statusCode(303).header("Location", allOf(containsString("/?refreshed="), endsWith("#model")))
                .extract().header("Location");
        String version = location.replaceAll(".*refreshed=(\\d+).*", "$1");
        given().get("/?refreshed=" + version).then().statusCode(200)
                .body(containsString("Model version " + version + " is fitted and now serving."),
                        containsString("<dd>" + version + "</dd>"));
    }

    @Test
    void stylesheetIsServed() {
        given().get("/desk/desk.css").then().statusCode(200).body(startsWith("/* Solemate store desk"));
    }
}
