package io.solemate.recommend.model;

public record ScoredShoe(long shoeId, double score) {
}
