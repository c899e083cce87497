package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.ShoeInfo;
import org.junit.jupiter.api.Test;

/** Each constraint on its own, at its edge. */
class ShoeFilterTest {

    private static final ShoeInfo RUNNER = StoreFixture.shoe(1, "running", "mesh", "women", "Stride", 80, true,
            new float[] {38, 38.5f});
    private static final ShoeInfo UNISEX_OUT_OF_STOCK = StoreFixture.shoe(2, "boots", "suede", "unisex", "Peak", 80,
            false, null);

    private static ShoeFilter filter(String category, String brand, String gender, Double min, Double max, Float size,
                                     boolean inStock) {
        return new ShoeFilter(category, brand, gender, min, max, size, inStock);
    }

    @Test
    void noConstraintAdmitsAllAndAnyConstraintDoesNot() {
        assertTrue(ShoeFilter.none().namesNothing());
        assertTrue(ShoeFilter.none().accepts(UNISEX_OUT_OF_STOCK));
        assertFalse(filter("boots", null, null, null, null, null, false).namesNothing());
        assertFalse(filter(null, "Peak", null, null, null, null, false).namesNothing());
        assertFalse(filter(null, null, "men", null, null, null, false).namesNothing());
        assertFalse(filter(null, null, null, 1.0, null, null, false).namesNothing());
        assertFalse(filter(null, null, null, null, 1.0, null, false).namesNothing());
        assertFalse(filter(null, null, null, null, null, 42f, false).namesNothing());
        assertTrue(filter(null, null, null, null, null, null, true).namesNothing(), "the stock rule names no attribute");
    }

    @Test
    void categoryAndBrandMatchIgnoringCase() {
        assertTrue(filter("RUNNING", "stride", null, null, null, null, false).accepts(RUNNER));
        assertFalse(filter("boots", null, null, null, null, null, false).accepts(RUNNER));
        assertFalse(filter(null, "Peak", null, null, null, null, false).accepts(RUNNER));
    }

    @Test
    void genderAdmitsUnisexToo() {
        assertTrue(filter(null, null, "Women", null, null, null, false).accepts(RUNNER));
        assertFalse(filter(null, null, "men", null, null, null, false).accepts(RUNNER));
        assertTrue(filter(null, null, "men", null, null, null, false).accepts(UNISEX_OUT_OF_STOCK));
    }

    @Test
    void priceBoundsAreInclusive() {
        assertTrue(filter(null, null, null, 80.0, 80.0, null, false).accepts(RUNNER));
        assertFalse(filter(null, null, null, 80.01, null, null, false).accepts(RUNNER));
        assertFalse(filter(null, null, null, null, 79.99, null, false).accepts(RUNNER));
    }

    @Test
    void stockAndSize() {
        assertFalse(filter(null, null, null, null, null, null, true).accepts(UNISEX_OUT_OF_STOCK));
        assertTrue(filter(null, null, null, null, null, null, true).accepts(RUNNER));
        assertTrue(filter(null, null, null, null, null, 38.5f, false).accepts(RUNNER));
        assertFalse(filter(null, null, null, null, null, 39f, false).accepts(RUNNER));
        assertFalse(filter(null, null, null, null, null, 42f, false).accepts(UNISEX_OUT_OF_STOCK), "sizes unknown");
    }
}
