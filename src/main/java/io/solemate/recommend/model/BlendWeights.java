package io.solemate.recommend.model;

/** Weights of the normalized component scores in the final score. */
public record BlendWeights(double collaborative, double content, double popularity) {

    public BlendWeights {
        if (collaborative < 0 || content < 0 || popularity < 0) {
            throw new IllegalArgumentException("blend weights must be non-negative");
        }
    }
}
