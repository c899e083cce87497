package io.solemate.recommend.training;

import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.Component;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Hyper-parameters of one fit: the starting point of the search ({@link HyperParameterSearch}), which moves from
 * them only on validation evidence. {@code validationUsers} caps the users whose held-out positives judge the
 * search and the blend; zero skips both and keeps these values and {@link #DEFAULT_BLEND}. EASE is fitted up to
 * {@code easeMaxItems} shoes, RP3beta above; {@code searchMillis} bounds the search's wall time.
 */
public record FitConfig(int svdFactors, int alsFactors, int alsIterations, float alsRegularization, float alsAlpha,
                        int threads, EventWeights weights, long seed, int validationUsers, int easeMaxItems,
                        int itemItemNeighbours, long searchMillis) {

    static final BlendWeights DEFAULT_BLEND = BlendWeights.minMax(
            Map.of(Component.ALS, 0.6, Component.CONTENT, 0.2, Component.POPULARITY, 0.2));

    public static FitConfig defaults() {
        return new FitConfig(30, 32, 10, 10f, 2f, Math.max(1, Runtime.getRuntime().availableProcessors()),
                EventWeights.defaults(), 42L, 500, 5_000, 200, 25_000);
    }

    /**
     * The defaults with a search that runs every trial: the offline evaluation is not waiting for a model, and its
     * figures must not depend on how busy the machine was (a budget ends the search by wall time).
     */
    public static FitConfig forOfflineEvaluation() {
        FitConfig d = defaults();
        return new FitConfig(d.svdFactors(), d.alsFactors(), d.alsIterations(), d.alsRegularization(), d.alsAlpha(),
                d.threads(), d.weights(), d.seed(), d.validationUsers(), d.easeMaxItems(), d.itemItemNeighbours(),
                TimeUnit.DAYS.toMillis(1));
    }

    public FitConfig {
        if (svdFactors < 1 || alsFactors < 1 || alsIterations < 1 || threads < 1 || validationUsers < 0
                || easeMaxItems < 0 || itemItemNeighbours < 1 || searchMillis < 0) {
            throw new IllegalArgumentException("factors, iterations, threads and neighbours must be positive, "
                    + "the rest not negative: " + this);
        }
    }
}
