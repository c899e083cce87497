package io.solemate.recommend.serving;

/**
 * What a reason rests on. Its text always says the same thing: a kind names its component group and, where it has
 * one, the anchor shoe with the shopper's own event on it (bought, liked, put in the cart, viewed, rated).
 */
public enum ReasonKind {
    /** Content-led: close in content to a shoe in the shopper's history (the anchor). */
    SIMILAR_TO_YOURS(false),
    /** Collaborative-led: shoppers interested in a shoe of the shopper's history (the anchor) also looked at this. */
    SHOPPERS_ALSO_CHOSE(false),
    /** Collaborative-led where no shoe of the history shares shoppers with the pick. Generic. */
    SHOPPERS_LIKE_YOU(true),
    /** Content-led from the stated profile. */
    MATCHES_YOUR_TASTE(false),
    /** Popularity-led among the shoes made in the shopper's size. */
    TRENDING_IN_YOUR_SIZE(false),
    /** Popularity-led. Generic. */
    POPULAR(true),
    /** No component scored the pick above the others' least (it fills the list). Generic. */
    SELECTED_FOR_YOU(true);

    /** True when the reason names nothing of the shopper's own: no shoe, taste or size. */
    public final boolean generic;

    ReasonKind(boolean generic) {
        this.generic = generic;
    }
}
