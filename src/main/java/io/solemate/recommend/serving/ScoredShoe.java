package io.solemate.recommend.serving;

public record ScoredShoe(long shoeId, double score) {
}
