package io.solemate.recommend.serving;

public enum ReasonKind {
    /** Content-led: close to a shoe in the shopper's history (the anchor). */
    BECAUSE_YOU_BOUGHT,
    /** Collaborative-led: shoppers with similar histories chose it. */
    SHOPPERS_LIKE_YOU,
    /** Content-led from the stated profile. */
    MATCHES_YOUR_TASTE,
    /** Popularity-led. */
    POPULAR,
    /** Popularity-led among shoes offered in the shopper's size. */
    TRENDING_IN_YOUR_SIZE
}
