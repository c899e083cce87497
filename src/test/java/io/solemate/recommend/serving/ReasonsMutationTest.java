package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import org.junit.jupiter.api.Test;

/**
 * Which reason wins when shares tie, and which history shoe anchors a collaborative reason, on five shoes A-E (a new
 * class: Reasons and its test are being rewritten by the lead).
 */
class ReasonsMutationTest {

    private static final Object[][] NOTHING = new Object[0][];
    private static final ComponentScores COLLABORATIVE = new ComponentScores(1, 0, 0);
    private static final UserInfo LIKES_PEAK_SUEDE_BOOTS = new UserInfo(9, null, null, "Boots", "Peak", "suede");

    private final Catalog catalog = new Catalog(new ShoeInfo[] {shoe(1, "A", "peak", "boots", "mesh"),
        shoe(2, "B", "stride", "sandals", "rubber"), shoe(3, "C", null, null, null), shoe(4, "D", null, null, null),
        shoe(5, "E", null, null, null)});

    private static ShoeInfo shoe(long id, String name, String brand, String category, String material) {
        return new ShoeInfo(id, name, brand, category, null, material, null, null, 10, true, true, null);
    }

    /** Rows as (shoe index, value, kind) triples per user, in index order; the model ties shoes by {@code affinity}. */
    private Reasons reasons(Reasons.Affinity affinity, Object[][]... rows) {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(rows.length, 5);
        for (int u = 0; u < rows.length; u++) {
            for (Object[] entry : rows[u]) {
                builder.add(u, (Integer) entry[0], (Float) entry[1], (EventKind) entry[2], 0);
            }
        }
        return new Reasons(catalog, builder.build(), ContentModel.fit(catalog.documents()), affinity);
    }

    private static Object[] entry(int shoe, float value, EventKind kind) {
        return new Object[] {shoe, value, kind};
    }

    private final Reasons noHistory = reasons(null, NOTHING);

    private ReasonKind kind(double collaborative, double content, double popularity, UserInfo profile) {
        return noHistory.reason(0, new ComponentScores(collaborative, content, popularity), -1, profile, null).kind();
    }

    @Test
    void tiesGoToCollaborativeThenContentThenPopularity() {
        assertEquals(ReasonKind.SELECTED_FOR_YOU, kind(0, 0, 0, LIKES_PEAK_SUEDE_BOOTS), "nothing to say");
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, kind(0.3, 0.3, 0.3, null));
        assertEquals(ReasonKind.MATCHES_YOUR_TASTE, kind(0, 0.3, 0.3, LIKES_PEAK_SUEDE_BOOTS));
        assertEquals(ReasonKind.POPULAR, kind(0, 0.3, 0.3, null), "content with nothing to anchor on");
    }

    @Test
    void tastesNameWhatTheShoeMatchesElseAllStated() {
        ComponentScores content = new ComponentScores(0, 1, 0);
        assertEquals("Matches your taste for peak boots",
                noHistory.reason(0, content, -1, LIKES_PEAK_SUEDE_BOOTS, null).text());
        assertEquals("Matches your taste for peak suede boots",
                noHistory.reason(1, content, -1, LIKES_PEAK_SUEDE_BOOTS, null).text());
    }

    /**
     * Shopper 0 bought A (entry 0 of the history) and viewed B; shopper 1 viewed B strongly (5) and bought D;
     * shopper 2 bought A and D. The model ties every pair alike, so for D, A and B weigh 1 each: the tie keeps A.
     */
    @Test
    void theFirstEntryOfTheHistoryCanAnchorAndOnlyTheShoppersOwnRowIsSearched() {
        Reasons reasons = reasons((shoe, pick) -> 1,
                new Object[][] {entry(0, 1f, EventKind.PURCHASE), entry(1, 1f, EventKind.VIEW)},
                new Object[][] {entry(1, 5f, EventKind.VIEW), entry(3, 1f, EventKind.PURCHASE)},
                new Object[][] {entry(0, 1f, EventKind.PURCHASE), entry(3, 1f, EventKind.PURCHASE)});
        Reason reason = reasons.reason(3, COLLABORATIVE, 0, null, null);
        assertEquals(ReasonKind.SHOPPERS_ALSO_CHOSE, reason.kind());
        assertEquals(1L, reason.anchorShoeId());
        assertEquals("Shoppers interested in the A you bought also looked at this", reason.text());
    }

    /**
     * For E the model ties A (twice as strongly) before C, but only shopper 0 has A, while shopper 3 has C and E: the
     * sentence speaks of other shoppers, so C anchors. Without a collaborative model the reason is generic.
     */
    @Test
    void theStrongestTieAnchorsOnlyWhenAnotherShopperHasItNextToThePick() {
        Object[][] shopper0 = {entry(0, 1f, EventKind.PURCHASE), entry(2, 1f, EventKind.VIEW)};
        Object[][] shopper3 = {entry(2, 1f, EventKind.VIEW), entry(4, 1f, EventKind.PURCHASE)};
        Reasons reasons = reasons((shoe, pick) -> shoe == 0 ? 2 : 1, shopper0, NOTHING, NOTHING, shopper3);
        assertEquals("Shoppers interested in the C you viewed also looked at this",
                reasons.reason(4, COLLABORATIVE, 0, null, null).text());
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reasons(null, shopper0, NOTHING, NOTHING, shopper3)
                .reason(4, COLLABORATIVE, 0, null, null).kind());
    }

    /** Shopper 0 holds A, B, C and D, all tied to E alike; only D shares a shopper (3) with E, and D is fourth. */
    @Test
    void onlyTheThreeStrongestTiesArePutToTheShoppersCheck() {
        Object[][] shopper0 = {entry(0, 1f, EventKind.PURCHASE), entry(1, 1f, EventKind.PURCHASE),
            entry(2, 1f, EventKind.PURCHASE), entry(3, 1f, EventKind.PURCHASE)};
        Object[][] shopper3 = {entry(3, 1f, EventKind.PURCHASE), entry(4, 1f, EventKind.PURCHASE)};
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reasons((shoe, pick) -> 1, shopper0, NOTHING, NOTHING, shopper3)
                .reason(4, COLLABORATIVE, 0, null, null).kind());
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reasons((shoe, pick) -> shoe == 3 ? 0 : -1, shopper0, NOTHING,
                NOTHING, shopper3).reason(4, COLLABORATIVE, 0, null, null).kind(), "a tie of zero is no tie");
        assertEquals("Shoppers interested in the D you bought also looked at this", reasons(
                (shoe, pick) -> shoe == 3 ? 2 : 1, shopper0, NOTHING, NOTHING, shopper3)
                .reason(4, COLLABORATIVE, 0, null, null).text());
    }

    /**
     * A shared shopper found by galloping through the longer column: A's shoppers are 0 and 5, C's 1, 2 and 5, and
     * the column after C's (D, shopper 0's) starts at shopper 0, so a probe past C's end would stop the search there.
     */
    @Test
    void aSharedShopperAtTheEndOfTheLongerColumnIsFound() {
        Reasons reasons = reasons((shoe, pick) -> shoe == 0 ? 1 : 0,
                new Object[][] {entry(0, 1f, EventKind.PURCHASE), entry(3, 1f, EventKind.VIEW)},
                new Object[][] {entry(2, 1f, EventKind.VIEW)}, new Object[][] {entry(2, 1f, EventKind.VIEW)},
                NOTHING, NOTHING,
                new Object[][] {entry(0, 1f, EventKind.PURCHASE), entry(2, 1f, EventKind.PURCHASE)});
        assertEquals("Shoppers interested in the A you bought also looked at this",
                reasons.reason(2, COLLABORATIVE, 0, null, null).text());
    }

    /** Only shopper 0 has C; shopper 3 has D (the next column) and E: C shares nobody with E. */
    @Test
    void aShoppersColumnEndsWhereTheNextShoesBegins() {
        Reasons reasons = reasons((shoe, pick) -> 1, new Object[][] {entry(2, 1f, EventKind.PURCHASE)}, NOTHING,
                NOTHING, new Object[][] {entry(3, 1f, EventKind.PURCHASE), entry(4, 1f, EventKind.PURCHASE)});
        assertEquals(ReasonKind.SHOPPERS_LIKE_YOU, reasons.reason(4, COLLABORATIVE, 0, null, null).kind());
    }
}
