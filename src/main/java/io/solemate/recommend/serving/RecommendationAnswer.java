package io.solemate.recommend.serving;

/**
 * A customer's recommendations as the served model answered them: its version, whether the customer had no history in
 * it (cold start), and the picks with their reasons.
 */
public record RecommendationAnswer(long userId, long modelVersion, boolean coldStart, RankedPicks picks) {
}
