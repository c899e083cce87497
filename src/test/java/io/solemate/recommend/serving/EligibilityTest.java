package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filter a request is held to (a new class: Eligibility is being rewritten by the lead), and the query's rules. */
class EligibilityTest {

    private static final UserInfo WOMAN_IN_39 = new UserInfo(1, "women", 39f, null, null, null);

    @Test
    void theShoppersGenderAndSizeFillWhatTheRequestLeavesOpen() {
        ShoeFilter open = ShoeFilter.none();
        assertEquals(new ShoeFilter(null, null, "women", null, null, 39f, true),
                Eligibility.SELLABLE.filterFor(open, WOMAN_IN_39));
        assertEquals(new ShoeFilter("boots", "Peak", "men", 10.0, 90.0, 42f, true), Eligibility.SELLABLE.filterFor(
                new ShoeFilter("boots", "Peak", "men", 10.0, 90.0, 42f, false), WOMAN_IN_39), "the request's own win");
        assertEquals(new ShoeFilter(null, null, null, null, null, null, true), Eligibility.SELLABLE.filterFor(open,
                null), "an unknown shopper");
        assertEquals(open, Eligibility.UNRESTRICTED.filterFor(open, WOMAN_IN_39), "no rule asks for them");
        assertEquals(new ShoeFilter(null, null, null, null, null, null, true), Eligibility.UNRESTRICTED.filterFor(
                new ShoeFilter(null, null, null, null, null, null, true), WOMAN_IN_39), "asked-for stock holds");
    }

    @Test
    void aQueryNeedsAPositiveLimitAndDefaultsTheRest() {
        RecommendationQuery one = new RecommendationQuery(1, null, null, null, null);
        assertEquals(ShoeFilter.none(), one.filter());
        assertEquals(Eligibility.SELLABLE, one.eligibility());
        assertEquals(Set.of(), one.ownedShoeIds());
        assertThrows(IllegalArgumentException.class, () -> RecommendationQuery.top(0));
    }


    @Test
    void theStockRuleWithoutASizeWantsPairsOfAnySize() {
        ShoeInfo soldOut = new ShoeInfo(1, null, null, null, null, null, null, null, 10, false, true, new float[] {40});
        ShoeInfo stocked = new ShoeInfo(2, null, null, null, null, null, null, null, 10, true, true, new float[] {40});
        ShoeFilter inStock = new ShoeFilter(null, null, null, null, null, null, true);
        assertFalse(inStock.accepts(soldOut));
        assertTrue(inStock.accepts(stocked));
        assertTrue(ShoeFilter.none().accepts(soldOut), "no stock rule");
        assertTrue(new ShoeFilter(null, null, null, null, null, 40f, false).accepts(soldOut), "made in 40");
        assertFalse(new ShoeFilter(null, null, null, null, null, 40f, true).accepts(soldOut), "none on hand in 40");
        assertTrue(new ShoeFilter(null, null, null, null, null, 40f, true).accepts(stocked));
    }
}
