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
        InteractionMatrix matrix = history.build();
        reasons = new Reasons(catalog, matrix, ContentModel.fit(catalog.documents()));
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
    void aCollaborativePickNamesTheHistoryShoeThatSharesTheMostShoppers() {
        Reason reason = reasons.reason(COURT, collaborativeLed(), SHOPPER, null, null);
        assertEquals(ReasonKind.SHOPPERS_ALSO_CHOSE, reason.kind());
        // BOOT_BUYER shares both BOOT (bought, weight 8) and TRAIL (viewed, weight 1): the stronger signal names it.
        assertEquals(catalog.shoe(BOOT).id(), reason.anchorShoeId());
        assertEquals("Shoppers interested in the Alpine Boot 1 you bought also looked at this", reason.text());
    }

    @Test
    void aCustomersOwnRowCannotCountOtherShoppersSoACollaborativePickIsGeneric() {
        // trainer=external serves each customer from their own row, read on demand: no columns to count co-buyers.
        EventLog own = new EventLog(2);
        own.add(catalog.shoe(BOOT).id(), catalog.shoe(BOOT).id(), EventKind.PURCHASE, 0, 2);
        InteractionMatrix row = InteractionMatrix.customerRow(own, catalog, EventWeights.defaults(), Instant.EPOCH);
        assertFalse(row.hasColumns());
        Reason reason = new Reasons(catalog, row, ContentModel.fit(catalog.documents()))
                .reason(COURT, collaborativeLed(), 0, null, null);
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reason.kind());
        assertNull(reason.anchorShoeId());
    }

    @Test
    void aCollaborativePickWithNoSharedShopperIsTheGenericShoppersLikeYou() {
        Reason reason = reasons.reason(LONER, collaborativeLed(), SHOPPER, null, null);
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
}
