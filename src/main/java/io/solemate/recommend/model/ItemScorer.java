package io.solemate.recommend.model;

/** A model that scores every item for one user of the matrix it was fitted on (higher is better). */
public interface ItemScorer {

    /** Writes one score per item into {@code out} (length = items). */
    void score(int user, double[] out);
}
