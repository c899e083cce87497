package io.solemate.recommend.model;

import java.util.Locale;

/** Kinds of shopper interactions, as stored in the {@code interactions.kind} column. */
public enum EventKind {
    VIEW, LIKE, CART, PURCHASE, RATING, RETURN;

    private static final EventKind[] VALUES = values();

    /** Parses the database spelling ({@code "view"}, {@code "purchase"}, ...), case-insensitively. */
    public static EventKind fromDb(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The lower-case name used in the database and the API. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static EventKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
