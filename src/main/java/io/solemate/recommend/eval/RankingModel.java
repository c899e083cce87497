package io.solemate.recommend.eval;

/**
 * A fitted model seen as a plain ranker over the catalogue, for the offline evaluation. Shoes are dense indexes in
 * ascending id order, as every model of one evaluation indexes the same catalogue.
 */
interface RankingModel {

    String name();

    /** Wall time of the fit that produced this model. */
    long fitMillis();

    /** The user's best {@code k} active shoes, best first, leaving out those marked {@code excluded}. */
    int[] rank(long userId, boolean[] excluded, int k);
}
