package io.solemate.recommend.serving;

public record Recommendation(long shoeId, double score, ComponentScores components, Reason reason) {
}
