package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Popularity's scope over 70 shoes (two words of the mask): even shoes are women's, odd men's, but 65 is unisex;
 * shoes below 35 are boots, the rest sandals; every third shoe comes in size 40.
 */
class PopularityScopeTest {

    private static final UserInfo WOMAN_IN_40_LIKING_BOOTS = new UserInfo(1, "women", 40f, "boots", null, null);

    private final Catalog catalog = catalog();

    private static Catalog catalog() {
        ShoeInfo[] shoes = new ShoeInfo[70];
        for (int i = 0; i < shoes.length; i++) {
            String gender = i == 65 ? "unisex" : i % 2 == 0 ? "women" : "men";
            float[] sizes = i % 3 == 0 ? new float[] {40} : new float[] {44};
            shoes[i] = new ShoeInfo(i, null, null, i < 35 ? "boots" : "sandals", gender, null, null, null, 10, true,
                    true, sizes);
        }
        return new Catalog(shoes);
    }

    @Test
    void withoutAProfileEveryShoeIsInScope() {
        assertSame(PopularityScope.EVERYTHING, PopularityScope.of(null, true));
        assertNull(PopularityScope.EVERYTHING.mask(catalog));
    }

    @Test
    void theStatedCategoryScopesColdStartOnly() {
        assertEquals(new PopularityScope("women", 40f, "boots"), PopularityScope.of(WOMAN_IN_40_LIKING_BOOTS, true));
        assertEquals(new PopularityScope("women", 40f, null), PopularityScope.of(WOMAN_IN_40_LIKING_BOOTS, false));
    }

    @Test
    void eachStatedFactNarrowsTheMaskOnItsOwn() {
        assertScope(new PopularityScope("women", null, null), i -> i % 2 == 0 || i == 65);
        assertScope(new PopularityScope(null, 40f, null), i -> i % 3 == 0);
        assertScope(new PopularityScope(null, null, "sandals"), i -> i >= 35);
        assertScope(PopularityScope.of(WOMAN_IN_40_LIKING_BOOTS, true), i -> i < 35 && i % 6 == 0);
    }

    private void assertScope(PopularityScope scope, java.util.function.IntPredicate expected) {
        long[] bits = scope.mask(catalog);
        assertEquals(2, bits.length);
        IntStream.range(0, 70).forEach(i ->
                assertEquals(expected.test(i), (bits[i >>> 6] >>> i & 1L) != 0, scope + ", shoe " + i));
    }
}
