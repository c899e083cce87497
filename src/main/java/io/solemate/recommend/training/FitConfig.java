package io.solemate.recommend.training;

import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.Component;
import java.util.Map;

/**
 * Hyper-parameters of one fit. {@code validationUsers} caps the users whose held-out positives tune the blend;
 * zero skips tuning and keeps {@link #DEFAULT_BLEND}.
 */
public record FitConfig(int svdFactors, int alsFactors, int alsIterations, float alsRegularization, float alsAlpha,
                        int threads, EventWeights weights, long seed, int validationUsers) {

    static final BlendWeights DEFAULT_BLEND = BlendWeights.minMax(
            Map.of(Component.ALS, 0.6, Component.CONTENT, 0.2, Component.POPULARITY, 0.2));

    public static FitConfig defaults() {
        return new FitConfig(30, 32, 10, 10f, 2f, Math.max(1, Runtime.getRuntime().availableProcessors()),
                EventWeights.defaults(), 42L, 500);
    }

    public FitConfig {
        if (svdFactors < 1 || alsFactors < 1 || alsIterations < 1 || threads < 1 || validationUsers < 0) {
            throw new IllegalArgumentException("factors, iterations and threads must be positive: " + this);
        }
    }
}
