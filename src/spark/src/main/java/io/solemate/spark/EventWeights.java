package io.solemate.spark;

/**
 * The event weights and half-life, as the service's {@code solemate.recommend.weights.*} settings name them (defaults
 * the same). The fixture {@code src/test/resources/fixtures/interaction-matrix.csv} holds both trainers to one
 * reading of them.
 */
public record EventWeights(float view, float like, float cart, float purchase, float ratingPerStar,
                           double halfLifeDays) implements java.io.Serializable {

    public static EventWeights defaults() {
        return new EventWeights(1f, 3f, 4f, 8f, 1f, 90);
    }
}
