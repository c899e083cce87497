package io.solemate.recommend.model;

public record Recommendation(long shoeId, double score, ComponentScores components, Reason reason) {
}
