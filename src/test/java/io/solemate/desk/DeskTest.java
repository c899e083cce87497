package io.solemate.desk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.solemate.testsupport.Fixtures;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store desk's HTML as served, without sign-in (the test profile; {@link DeskSignInTest} signs in): search,
 * escaping, empty states, after-care actions and their confirmations, paging, errors and the model panel.
 */
@QuarkusTest
class DeskTest {

    private static final String ESCAPED_SCRIPT_SHOE = "Trail &lt;script&gt;alert(1)&lt;/script&gt; Runner";
    /** A notification as the desk lists it. */
    private static final Pattern NOTICE_ID = Pattern.compile("id=\"notice-(\\d+-(?:care|replacement)-[0-9-]+)\"");

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
    void searchFindsTheShopperByNameSurnameEmailAndNumber() {
        String link = "href=\"/customers/" + shopper.id() + "\"";
        given().queryParam("q", shopper.name().substring(0, shopper.name().length() - 2)).get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString(link), containsString(shopper.name()), containsString("1 customer found"));
        given().queryParam("q", shopper.email().toUpperCase()).get("/")
                .then().statusCode(200).body(containsString(shopper.email()));
        given().queryParam("q", shopper.surname().substring(0, 5)).get("/")
                .then().statusCode(200).body(containsString(link));
        given().queryParam("q", "#" + shopper.id()).get("/").then().statusCode(200).body(containsString(link));
    }

    @Test
    void searchWithoutMatchesSaysWhatToTry() {
        given().queryParam("q", "zz-nobody-" + Fixtures.unique("x")).get("/")
                .then().statusCode(200).body(containsString("No customer has a name word"),
                        containsString("Try a first name"), not(containsString("class=\"results\"")));
    }

    @Test
    void searchResultsArePagedNeverCut() {
        String family = "Paged" + Fixtures.unique("x").replace("-", "");
        for (int i = 0; i < 23; i++) {
            fixtures.user("Ann " + family, "women", 38.0);
        }
        given().queryParam("q", family).get("/").then().statusCode(200)
                .body(containsString("23 customers found; 1–20 shown"), containsString("rel=\"next\""));
        given().queryParam("q", family).queryParam("page", 1).get("/").then().statusCode(200)
                .body(containsString("21–23 of 23"), containsString("rel=\"prev\""));
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
                        containsString("Sizes (EU)"), containsString("42, 43"),
                        containsString("EU 42: " + Fixtures.PAIRS_PER_SIZE + ", EU 43: " + Fixtures.PAIRS_PER_SIZE));
    }

    @Test
    void newCustomerPageExplainsTheEmptyHistoryAndShoes() {
        given().get("/customers/{id}", shopper.newcomerId()).then().statusCode(200)
                .body(containsString("No activity yet: " + shopper.newcomerName() + " has not viewed"),
                        containsString(shopper.newcomerName() + " owns no shoes from the shop yet"),
                        containsString("No history yet, so these come from"));
    }

    @Test
    void markReadConfirmsInThePairsCardAndSaysWhenThereWasNothingToDo() {
        long customer = shopper.id();
        String readTitle = "Condition the leather " + Fixtures.unique("read");
        String toRead = shopper.notice(fixtures, "care", readTitle, 2);
        String location = DeskForms.form().formParam("view", "customer").formParam("page", "0")
                .post("/customers/{id}/notifications/{nid}/read", customer, toRead)
                .then().statusCode(303).extract().header("Location");
        assertTrue(location.endsWith("/customers/" + customer + "?done=read&n=" + toRead + "&shoes=0"), location);
        given().get(location).then().statusCode(200)
                .body(containsString("marked as read."), containsString("autofocus"), containsString(readTitle),
                        not(containsString("/notifications/" + toRead + "/read\"")),
                        containsString("/notifications/" + toRead + "/dismiss\""));
        String again = DeskForms.form().post("/customers/{id}/notifications/{nid}/read", customer, toRead)
                .then().statusCode(303).extract().header("Location");
        given().get(again).then().statusCode(200).body(containsString("was already marked as read."));
    }

    @Test
    void aDismissalCanBeUndoneAndMarkReadAfterADismissalSaysSo() {
        long customer = shopper.id();
        String title = "Re-proof the uppers " + Fixtures.unique("dismiss");
        String notice = shopper.notice(fixtures, "care", title, 3);
        String dismissed = DeskForms.form().post("/customers/{id}/notifications/{nid}/dismiss", customer, notice)
                .then().statusCode(303).extract().header("Location");
        assertTrue(dismissed.contains("done=dismissed&n=" + notice + "&was=unread"), dismissed);
        given().get(dismissed).then().statusCode(200)
                .body(containsString("dismissed; it no longer shows."), not(containsString(title)),
                        containsString("/notifications/" + notice + "/restore\""),
                        containsString("Undo the dismissal"));
        // Another tab still shows it and marks it read: the desk says it stays dismissed.
        String stale = DeskForms.form().post("/customers/{id}/notifications/{nid}/read", customer, notice)
                .then().statusCode(303).extract().header("Location");
        given().get(stale).then().statusCode(200).body(containsString("it stays dismissed"),
                not(containsString(title)));
        String restored = DeskForms.form().formParam("status", "unread")
                .post("/customers/{id}/notifications/{nid}/restore", customer, notice)
                .then().statusCode(303).extract().header("Location");
        given().get(restored).then().statusCode(200).body(containsString("is back."), containsString(title),
                containsString("/notifications/" + notice + "/read\""));
    }

    @Test
    void markAllReadLeavesNothingUnread() {
        Shopper.Owner owner = Shopper.ownerWithNotifications(fixtures, 2, 3);
        given().get("/customers/{id}", owner.id()).then().statusCode(200)
                .body(containsString("Mark all read"), containsString("Due now"));
        String location = DeskForms.form().post("/customers/{id}/notifications/read", owner.id())
                .then().statusCode(303).extract().header("Location");
        assertTrue(location.endsWith("/customers/" + owner.id() + "?done=all-read&count=6"), location);
        given().get(location).then().statusCode(200)
                .body(containsString("6 notifications marked as read."), containsString("Nothing unread"),
                        not(containsString("Mark all read")), not(containsString("Mark read<")));
        given().get("/api/users/{id}/notifications?status=unread", owner.id()).then().body("total", is(0));
    }

    @Test
    void everyNotificationOfACustomerWithMoreThanAHundredIsReachable() {
        Shopper.Owner owner = Shopper.ownerWithNotifications(fixtures, 3, 40);
        String page = given().get("/customers/{id}", owner.id()).then().statusCode(200).extract().asString();
        Set<String> seen = new HashSet<>();
        for (long purchase : owner.purchaseIds()) {
            assertTrue(page.contains("39 older notifications (39 unread)"), "fold counts every older one");
            assertTrue(page.contains("href=\"/customers/" + owner.id() + "/pairs/" + purchase + "\""));
            for (int p = 0; p < 2; p++) {
                String listed = given().get("/customers/{id}/pairs/{purchase}?page=" + p, owner.id(), purchase)
                        .then().statusCode(200).extract().asString();
                Matcher ids = NOTICE_ID.matcher(listed);
                while (ids.find()) {
                    seen.add(ids.group(1));
                }
            }
        }
        assertEquals(new HashSet<>(owner.notificationIds()), seen);
        assertEquals(120, seen.size());
    }

    @Test
    void purchaseFactsShowSizePricePaidUsageAndTheTrueLifeUsed() {
        given().get("/customers/{id}", shopper.id()).then().statusCode(200)
                .body(containsString("€129.00"), containsString("EU 42"), containsString("Purchases and returns"),
                        containsString("Owned"), containsString("Life used"));
        Shopper.Owner worn = Shopper.ownerWithNotifications(fixtures, 1, 1);
        fixtures.update("UPDATE purchases SET usage_km_per_week = 40, purchased_at = now() - interval '400 days' "
                + "WHERE id = ?", worn.purchaseIds().getFirst());
        given().get("/customers/{id}", worn.id()).then().statusCode(200)
                .body(containsString("40 km a week"), containsString("expected 182 days at 40 km a week"),
                        containsString("220%"), containsString("Past its expected life since"),
                        not(containsString("Next care")));
    }

    @Test
    void unknownCustomersAndShoesGetAFriendlyPage() {
        given().get("/customers/{id}", 987_654_321L).then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Not found"), containsString("does not exist"),
                        containsString("Back to customer search"));
        given().get("/shoes/{id}", Long.MAX_VALUE).then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("Not found"));
        given().get("/customers/not-a-number").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("There is no customer"));
    }

    @Test
    void everyErrorIsTheDesksHtmlPage() {
        for (String path : new String[] { "/nope", "/customers/", "/customers/1/pairs/abc", "/shoes/1.5" }) {
            given().get(path).then().statusCode(404).contentType(containsString("text/html"))
                    .body(containsString("Back to customer search"), not(containsString("\"status\"")));
        }
        for (String path : new String[] { "/?page=abc", "/?refit=maybe", "/?refit=done&version=x",
                "/customers/" + shopper.id() + "?shoes=-1", "/customers/" + shopper.id() + "?done=read&n=zzz" }) {
            given().get(path).then().statusCode(400).contentType(containsString("text/html"))
                    .body(containsString("Error 400"));
        }
        given().get("/model/refresh").then().statusCode(405).contentType(containsString("text/html"))
                .body(containsString("does not answer that kind of request"));
        // A form without its token, and a post without a form at all, are refused before anything changes.
        given().redirects().follow(false).formParam("view", "customer")
                .post("/customers/{id}/notifications/{nid}/dismiss", shopper.id(), shopper.careNoticeId())
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("token"));
        given().redirects().follow(false)
                .post("/customers/{id}/notifications/{nid}/dismiss", shopper.id(), shopper.careNoticeId())
                .then().statusCode(400).contentType(containsString("text/html"));
        given().get("/customers/{id}", shopper.id()).then().body(containsString(shopper.careTitle()));
        // The API keeps its problem+json.
        given().get("/api/nope").then().statusCode(404).contentType(containsString("application/problem+json"));
    }

    @Test
    void pagesAreCompressed() {
        given().header("Accept-Encoding", "gzip").get("/customers/{id}", shopper.id()).then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void notificationsChangeOnlyFromTheirOwnCustomersPage() {
        String care = shopper.careNoticeId();
        DeskForms.form().post("/customers/{id}/notifications/{nid}/read", shopper.newcomerId(), care)
                .then().statusCode(404).contentType(containsString("text/html"));
        DeskForms.form().post("/customers/{id}/notifications/{nid}/read", shopper.id(), "not-an-id")
                .then().statusCode(404).contentType(containsString("text/html"));
        DeskForms.form().formParam("status", "unread")
                .post("/customers/{id}/notifications/{nid}/restore", shopper.newcomerId(), care)
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
                        containsString("Hybrid"), containsString("MostPopular"), containsString("Refit the model"),
                        not(containsString("apiKey")));
    }

    @Test
    void aRefitReportsTheVersionOnlyWhenThatVersionServes() {
        String location = DeskForms.form().post("/model/refresh")
                .then().statusCode(303).header("Location", allOf(containsString("/?refit=done&version="),
                        endsWith("#model")))
                .extract().header("Location");
        String version = location.replaceAll(".*version=(\\d+).*", "$1");
        given().get(location.replace("#model", "")).then().statusCode(200)
                .body(containsString("Model version " + version + " is fitted and now serving."),
                        containsString("<dd>" + version + "</dd>"));
        given().get("/?refit=done&version=999999").then().statusCode(200)
                .body(containsString("Model version 999999 was fitted; this instance serves version " + version),
                        not(containsString("999999 is fitted")));
    }

    @Test
    void stylesheetIsServed() {
        given().get("/desk/desk.css").then().statusCode(200).body(startsWith("/* Solemate store desk"));
    }
}
