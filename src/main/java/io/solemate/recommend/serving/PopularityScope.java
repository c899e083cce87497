package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.UserInfo;

/**
 * Which shoes popularity may promote: for a profile with gender or size, only shoes for that gender (or unisex) in
 * that size; for a cold-start shopper also only their preferred category.
 */
record PopularityScope(String gender, Float size, String category) {

    static final PopularityScope EVERYTHING = new PopularityScope(null, null, null);

    static PopularityScope of(UserInfo profile, boolean coldStart) {
        if (profile == null) {
            return EVERYTHING;
        }
        return new PopularityScope(profile.gender(), profile.shoeSize(), coldStart ? profile.preferredCategory() : null);
    }

    /** Bit i set when shoe i is in scope; null when the scope admits every shoe. */
    long[] mask(Catalog catalog) {
        if (gender == null && size == null && category == null) {
            return null;
        }
        return new ShoeFilter(category, null, gender, null, null, size, false).mask(catalog, false);
    }
}
