package io.solemate.recommend.serving;

import io.solemate.recommend.model.UserInfo;

/**
 * What a shopper may be offered: the one definition that recommendations, cold start, similar shoes and replacement
 * suggestions all apply. By default ({@link #SELLABLE}) only what the shop can sell them: active shoes (always), in
 * stock in their size when it is known (else in stock in some size), made for their gender when it is known (theirs
 * or unisex), no style they already own, and one colourway per style (the best-scored). Each rule can be turned off
 * per request; an explicit size or gender in the request's filter replaces the shopper's own.
 *
 * @param inStock            only shoes with pairs on hand: in the size the request is held to, else in any size
 * @param inShopperSize      hold the request to the shopper's known size (profile) when it names none
 * @param forShopperGender   hold the request to the shopper's known gender (or unisex) when it names none
 * @param excludeOwnedStyles leave out every colourway of a style the shopper owns (bought and kept)
 * @param allVariants        show every colourway of a style instead of the best-scored one
 */
public record Eligibility(boolean inStock, boolean inShopperSize, boolean forShopperGender,
                          boolean excludeOwnedStyles, boolean allVariants) {

    /** The defaults of every endpoint: what the shop can sell this shopper. */
    public static final Eligibility SELLABLE = new Eligibility(true, true, true, true, false);
    /** No rule but active shoes: every colourway, owned or not, in stock or not. */
    public static final Eligibility UNRESTRICTED = new Eligibility(false, false, false, false, true);

    /**
     * The filter one request is held to: the requested one, with the shopper's known gender and size where the
     * request names none and the rules ask for them, and the stock rule.
     */
    public ShoeFilter filterFor(ShoeFilter requested, UserInfo shopper) {
        String gender = requested.gender();
        if (gender == null && forShopperGender && shopper != null) {
            gender = shopper.gender();
        }
        Float size = requested.size();
        if (size == null && inShopperSize && shopper != null) {
            size = shopper.shoeSize();
        }
        return new ShoeFilter(requested.category(), requested.brand(), gender, requested.minPrice(),
                requested.maxPrice(), size, inStock || requested.inStockOnly());
    }
}
