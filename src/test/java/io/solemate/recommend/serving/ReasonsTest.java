package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * One test per reason kind, on a catalogue small enough to check by hand: each history shoe of shopper 0 has a
 * content twin (same words but the name's number), so a content-led pick anchors on exactly one history shoe.
 */
class ReasonsTest {

    /** Dense indexes: shoe ids 1..n sorted, so index = id - 1. */
    private static final int TRAIL = 0;
    private static final int BOOT = 1;
    private static final int SANDAL = 2;
    private static final int LOAFER = 3;
    private static final int SNEAKER = 4;
    private static final int RETURNED_CLOG = 5;
    private static final int TRAIL_TWIN = 6;
    private static final int BOOT_TWIN = 7;
    private static final int SANDAL_TWIN = 8;
    private static final int LOAFER_TWIN = 9;
    private static final int SNEAKER_TWIN = 10;
    private static final int CLOG_TWIN = 11;
    /** Bought by another shopper who also bought BOOT: the collaborative pick with a shared shopper. */
    private static final int COURT = 12;
    /** Bought by a shopper who shares no shoe with shopper 0. */
    private static final int LONER = 13;

    private static final int SHOPPER = 0;
    private static final int BOOT_BUYER = 1;
    private static final int STRANGER = 2;

    private static final String[][] SHOES = {
        {"Ridge Runner 1", "trail", "mesh"}, {"Alpine Boot 1", "boots", "suede"}, {"Beach Slide 1", "sandals", "rubber"},
        {"Office Loafer 1", "dress", "leather"}, {"Street Sneaker 1", "casual", "canvas"},
        {"Garden Clog 1", "walking", "synthetic"},
        {"Ridge Runner 2", "trail", "mesh"}, {"Alpine Boot 2", "boots", "suede"}, {"Beach Slide 2", "sandals", "rubber"},
        {"Office Loafer 2", "dress", "leather"}, {"Street Sneaker 2", "casual", "canvas"},
        {"Garden Clog 2", "walking", "synthetic"},
        {"Court Classic", "tennis", "knit"}, {"Lone Wolf", "football", "nubuck"},
    };

    private final Catalog catalog;
    private final InteractionMatrix matrix;
    private final ContentModel content;
    private final Reasons reasons;

    ReasonsTest() {
        ShoeInfo[] shoes = new ShoeInfo[SHOES.length];
        for (int i = 0; i < shoes.length; i++) {
            shoes[i] = new ShoeInfo(i + 1, SHOES[i][0], "Brand" + i, SHOES[i][1], "women", SHOES[i][2], "black", "",
                    100, true, true, new float[] {40f});
        }
        catalog = new Catalog(shoes);
        InteractionMatrix.Builder history = new InteractionMatrix.Builder(3, shoes.length);
        history.add(SHOPPER, TRAIL, 1, EventKind.VIEW, 1);
        history.add(SHOPPER, BOOT, 8, EventKind.PURCHASE, 2);
        history.add(SHOPPER, SANDAL, 4, EventKind.CART, 3);
        history.add(SHOPPER, LOAFER, 3, EventKind.LIKE, 4);
        history.add(SHOPPER, SNEAKER, 5, EventKind.RATING, 5);
        history.add(SHOPPER, RETURNED_CLOG, 8, EventKind.PURCHASE, 6);
        history.add(SHOPPER, RETURNED_CLOG, 0, EventKind.RETURN, 7);
        history.add(BOOT_BUYER, BOOT, 8, EventKind.PURCHASE, 1);
        history.add(BOOT_BUYER, TRAIL, 1, EventKind.VIEW, 1);
        history.add(BOOT_BUYER, COURT, 8, EventKind.PURCHASE, 2);
        history.add(STRANGER, LONER, 8, EventKind.PURCHASE, 1);
        matrix = history.build();
        content = ContentModel.fit(catalog.documents());
        reasons = new Reasons(catalog, matrix, content, ReasonsTest::affinity);
    }

    /**
     * The collaborative model's ties to COURT: strongest from SANDAL, which no other shopper has; then BOOT, which
     * BOOT_BUYER shares; TRAIL, which BOOT_BUYER shares too, only weakly. Every other pair is untied.
     */
    private static double affinity(int historyShoe, int pick) {
        if (pick != COURT) {
            return 0;
        }
        return switch (historyShoe) {
            case SANDAL -> 10; // x 4 (cart) = 40
            case BOOT -> 2; // x 8 (purchase) = 16
            case TRAIL -> 3; // x 1 (view) = 3
            default -> 0;
        };
    }

    private static ComponentScores collaborativeLed() {
        return new ComponentScores(0.6, 0.2, 0.1);
    }

    private static ComponentScores contentLed() {
        return new ComponentScores(0.1, 0.6, 0.2);
    }

    private static ComponentScores popularityLed() {
        return new ComponentScores(0.1, 0.2, 0.6);
    }

    @Test
    void aContentLedPickNamesTheHistoryShoeItResemblesWithTheShoppersOwnVerb() {
        Reason reason = reasons.reason(BOOT_TWIN, contentLed(), SHOPPER, null, null);
        assertEquals(ReasonKind.SIMILAR_TO_YOURS, reason.kind());
        assertEquals(catalog.shoe(BOOT).id(), reason.anchorShoeId());
        assertEquals(EventKind.PURCHASE, reason.anchorEvent());
        assertEquals("Similar to the Alpine Boot 1 you bought", reason.text());
    }

    @Test
    void theVerbFollowsTheAnchoringEventForEveryKind() {
        assertEquals("Similar to the Ridge Runner 1 you viewed",
                reasons.reason(TRAIL_TWIN, contentLed(), SHOPPER, null, null).text());
        assertEquals("Similar to the Beach Slide 1 you put in your cart",
                reasons.reason(SANDAL_TWIN, contentLed(), SHOPPER, null, null).text());
        assertEquals("Similar to the Office Loafer 1 you liked",
                reasons.reason(LOAFER_TWIN, contentLed(), SHOPPER, null, null).text());
        assertEquals("Similar to the Street Sneaker 1 you rated",
                reasons.reason(SNEAKER_TWIN, contentLed(), SHOPPER, null, null).text());
        assertEquals(EventKind.CART, reasons.reason(SANDAL_TWIN, contentLed(), SHOPPER, null, null).anchorEvent());
    }

    @Test
    void aReturnedShoeIsNeverAnAnchor() {
        Reason reason = reasons.reason(CLOG_TWIN, contentLed(), SHOPPER, null, null);
        assertFalse(catalog.shoe(RETURNED_CLOG).id() == (reason.anchorShoeId() == null ? -1 : reason.anchorShoeId()),
                reason.toString());
    }

    @Test
    void aCollaborativePickNamesTheStrongestTiedHistoryShoeThatAnotherShopperHasNextToIt() {
        Reason reason = reasons.reason(COURT, collaborativeLed(), SHOPPER, null, null);
        assertEquals(ReasonKind.SHOPPERS_ALSO_CHOSE, reason.kind());
        // SANDAL contributes most (4 x 10) but nobody else has it; BOOT (8 x 2) beats TRAIL (1 x 3).
        assertEquals(catalog.shoe(BOOT).id(), reason.anchorShoeId());
        assertEquals(EventKind.PURCHASE, reason.anchorEvent());
        assertEquals("Shoppers interested in the Alpine Boot 1 you bought also looked at this", reason.text());
    }

    @Test
    void theTieTimesTheShoppersSignalPicksTheAnchor() {
        // TRAIL's tie alone now outweighs BOOT's: 1 x 20 > 8 x 2.
        Reason reason = new Reasons(catalog, matrix, content,
                (shoe, pick) -> shoe == TRAIL ? 20 : affinity(shoe, pick)).reason(COURT, collaborativeLed(), SHOPPER,
                null, null);
        assertEquals(catalog.shoe(TRAIL).id(), reason.anchorShoeId());
        assertEquals("Shoppers interested in the Ridge Runner 1 you viewed also looked at this", reason.text());
    }

    @Test
    void onlyTheStrongestFewTiesAreCheckedForASharedShopper() {
        // Three unshared shoes tied more strongly than BOOT: BOOT is past the checked few, so the reason is generic.
        Reason reason = new Reasons(catalog, matrix, content, (shoe, pick) -> switch (shoe) {
            case SANDAL, LOAFER, SNEAKER -> 10;
            case BOOT -> 1;
            default -> 0;
        }).reason(COURT, collaborativeLed(), SHOPPER, null, null);
        assertEquals(3, Reasons.ANCHORS_CHECKED);
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reason.kind());
    }

    @Test
    void withoutACollaborativeModelACollaborativePickIsGeneric() {
        Reason reason = new Reasons(catalog, matrix, content, null).reason(COURT, collaborativeLed(), SHOPPER, null,
                null);
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reason.kind());
        assertNull(reason.anchorShoeId());
    }

    @Test
    void aCustomersOwnRowCannotCountOtherShoppersSoACollaborativePickIsGeneric() {
        // trainer=external serves each customer from their own row, read on demand: no columns to count co-buyers.
        EventLog own = new EventLog(2);
        own.add(catalog.shoe(BOOT).id(), catalog.shoe(BOOT).id(), EventKind.PURCHASE, 0, 2);
        InteractionMatrix row = InteractionMatrix.customerRow(own, catalog, EventWeights.defaults(), Instant.EPOCH);
        assertFalse(row.hasColumns());
        Reason reason = reasons.forHistory(row).reason(COURT, collaborativeLed(), 0, null, null);
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reason.kind());
        assertNull(reason.anchorShoeId());
    }

    @Test
    void aCollaborativePickWithNoSharedShopperIsTheGenericShoppersLikeYou() {
        Reason reason = new Reasons(catalog, matrix, content, (shoe, pick) -> 1).reason(LONER, collaborativeLed(),
                SHOPPER, null, null);
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reason.kind());
        assertNull(reason.anchorShoeId());
        assertTrue(reason.kind().generic);
        assertFalse(reason.text().toLowerCase().contains("popular"), "'popular' is the popularity component's word");
    }

    @Test
    void aContentPickForAShopperWithoutHistoryMatchesTheirStatedTaste() {
        UserInfo taste = new UserInfo(9, "women", 40f, "boots", null, "suede");
        Reason reason = reasons.reason(BOOT_TWIN, contentLed(), -1, taste, null);
        assertEquals(ReasonKind.MATCHES_YOUR_TASTE, reason.kind());
        assertEquals("Matches your taste for suede boots", reason.text());
    }

    @Test
    void trendingInYourSizeOnlyWhenPopularityLeadsAndWasScopedToTheSize() {
        Reason reason = reasons.reason(LONER, popularityLed(), SHOPPER, null, 42.5f);
        assertEquals(ReasonKind.TRENDING_IN_YOUR_SIZE, reason.kind());
        assertEquals("Trending in your size (EU 42.5)", reason.text());
        assertEquals(ReasonKind.SHOPPERS_ALSO_CHOSE,
                reasons.reason(COURT, collaborativeLed(), SHOPPER, null, 42.5f).kind(),
                "a sized shopper's collaborative pick is not 'trending'");
    }

    @Test
    void popularOnlyWhenPopularityLeads() {
        assertEquals(ReasonKind.POPULAR, reasons.reason(LONER, popularityLed(), SHOPPER, null, null).kind());
        assertEquals("Popular right now", reasons.reason(LONER, popularityLed(), SHOPPER, null, null).text());
        // Content leads but rests on nothing nameable (no history, no taste): not passed off as popular.
        Reason reason = reasons.reason(LONER, contentLed(), -1, null, null);
        assertEquals(ReasonKind.SELECTED_FOR_YOU, reason.kind());
        assertTrue(reason.kind().generic);
    }

    @Test
    void aPickNoComponentScoredIsSelectedForYou() {
        Reason reason = reasons.reason(LONER, new ComponentScores(0, 0, 0), SHOPPER, null, null);
        assertEquals(ReasonKind.SELECTED_FOR_YOU, reason.kind());
        assertEquals("Selected for you", reason.text());
    }

    @Test
    void sharedShoppersAreFoundInColumnsOfAnyLengthAndTheShopperThemselfDoesNotCount() {
        // Long and short columns, so the galloping search takes steps of every size; checked against a plain scan.
        int users = 400;
        int shoes = 6;
        java.util.Random random = new java.util.Random(7);
        double[] density = {0.9, 0.5, 0.05, 0.01, 0.003, 0};
        boolean[][] has = new boolean[users][shoes];
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(users, shoes);
        for (int u = 0; u < users; u++) {
            for (int i = 0; i < shoes; i++) {
                if (random.nextDouble() < density[i]) {
                    has[u][i] = true;
                    builder.add(u, i, 1, EventKind.VIEW, 1);
                }
            }
        }
        Reasons overRandom = new Reasons(catalog, builder.build(), content, null);
        int shared = 0;
        for (int user : new int[] {-1, 0, 17, 399}) {
            for (int a = 0; a < shoes; a++) {
                for (int b = 0; b < shoes; b++) {
                    boolean expected = false;
                    for (int u = 0; u < users; u++) {
                        expected |= u != user && has[u][a] && has[u][b];
                    }
                    shared += expected ? 1 : 0;
                    assertEquals(expected, overRandom.shareAShopper(a, b, user), a + "," + b + " for " + user);
                }
            }
        }
        assertTrue(shared > 0 && shared < 4 * shoes * shoes, "both outcomes are checked");
        // Two shoppers: only the shopper themself has both.
        assertFalse(reasons.shareAShopper(SANDAL, LOAFER, SHOPPER));
        assertTrue(reasons.shareAShopper(BOOT, COURT, SHOPPER));
        assertFalse(reasons.shareAShopper(BOOT, COURT, BOOT_BUYER));
    }
}
