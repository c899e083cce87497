package io.solemate.recommend.model;

import java.util.Locale;

/** The kinds of interaction the store logs, in funnel order. */
public enum EventKind {
    VIEW, LIKE, CART, PURCHASE, RATING, RETURN;

    /** The lower-case name used in the database and the API. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventKind fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
