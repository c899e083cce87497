package io.solemate.interactions;

import io.solemate.common.Vocabulary;

/** Kinds of shopper interactions, as stored in the {@code interactions.kind} column and named in the API. */
public enum EventKind implements Vocabulary {
    VIEW, LIKE, CART, PURCHASE, RATING, RETURN;

    private static final EventKind[] VALUES = values();

    /** The kind with this ordinal: compact columnar logs store kinds as a byte. */
    public static EventKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
