package io.solemate.recommend.serving;

import io.solemate.catalog.Gender;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ShoeInfo;

/**
 * Optional constraints on recommended shoes; null fields do not constrain. Strings compare case-insensitively.
 * {@code inStockOnly} asks for pairs on hand in {@code size} when one is given, else in any size.
 */
public record ShoeFilter(String category, String brand, String gender, Double minPrice, Double maxPrice, Float size,
                         boolean inStockOnly) {

    private static final ShoeFilter NONE = new ShoeFilter(null, null, null, null, null, null, false);
    /** Spelled once: dbValue() lower-cases afresh, and the gender rule tests every shoe of a default request. */
    private static final String UNISEX = Gender.UNISEX.dbValue();

    public static ShoeFilter none() {
        return NONE;
    }

    /** True when no attribute is constrained: the filter admits every shoe, or every shoe in stock. */
    public boolean namesNothing() {
        return category == null && brand == null && gender == null && minPrice == null && maxPrice == null
                && size == null;
    }

    /**
     * Whether the shoe passes. A gender filter also admits unisex shoes, since they fit every shopper.
     */
    public boolean accepts(ShoeInfo s) {
        if (category != null && !category.equalsIgnoreCase(s.category())) {
            return false;
        }
        if (brand != null && !brand.equalsIgnoreCase(s.brand())) {
            return false;
        }
        if (gender != null && !gender.equalsIgnoreCase(s.gender()) && !UNISEX.equalsIgnoreCase(s.gender())) {
            return false;
        }
        if (minPrice != null && s.price() < minPrice) {
            return false;
        }
        if (maxPrice != null && s.price() > maxPrice) {
            return false;
        }
        if (size == null) {
            return !inStockOnly || s.inStock();
        }
        return inStockOnly ? s.inStockIn(size) : s.hasSize(size);
    }

    /** Bit i set when shoe i passes (and, when {@code activeOnly}, is active). */
    long[] mask(Catalog catalog, boolean activeOnly) {
        long[] bits = new long[(catalog.size() + 63) >>> 6];
        for (int i = 0; i < catalog.size(); i++) {
            ShoeInfo shoe = catalog.shoe(i);
            if ((!activeOnly || shoe.active()) && accepts(shoe)) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }
}
