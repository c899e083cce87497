package io.solemate.recommend.serving;

import io.solemate.interactions.EventKind;

/**
 * Why a shoe was recommended, as a sentence for the shopper; {@code anchorShoeId} names the shoe of their history it
 * builds on and {@code anchorEvent} their strongest event on it (both null when the kind has no anchor).
 */
public record Reason(ReasonKind kind, Long anchorShoeId, EventKind anchorEvent, String text) {

    static Reason unanchored(ReasonKind kind, String text) {
        return new Reason(kind, null, null, text);
    }
}
