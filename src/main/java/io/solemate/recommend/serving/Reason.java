package io.solemate.recommend.serving;

/** Why a shoe was recommended, as a sentence for the shopper; {@code anchorShoeId} names the shoe it builds on. */
public record Reason(ReasonKind kind, Long anchorShoeId, String text) {
}
