package io.solemate.recommend.model;

/**
 * A fitted model seen as a plain ranker over the catalogue, for offline evaluation: one score per shoe, aligned with
 * {@link #itemIds()}, with excluded shoes scored -infinity.
 */
public interface RankingModel {

    String name();

    /** Wall time of the fit that produced this model. */
    long fitMillis();

    /** Shoe ids in ascending order; score arrays are aligned with it. */
    long[] itemIds();

    /** Fills {@code out} with this user's scores; {@code excluded[i]} (aligned with itemIds) gets -infinity. */
    void score(long userId, boolean[] excluded, double[] out);
}
