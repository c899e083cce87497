package io.solemate.recommend.model;

/**
 * Hyper-parameters of one fit. {@code validationUsers} caps the users whose held-out positives tune the blend;
 * zero skips tuning and keeps {@link #DEFAULT_BLEND}.
 */
public record FitConfig(int svdFactors, int alsFactors, int alsIterations, float alsRegularization, float alsAlpha,
                        int threads, EventWeights weights, long seed, int validationUsers) {

    static final BlendWeights DEFAULT_BLEND = new BlendWeights(0.6, 0.2, 0.2);

    public static FitConfig defaults() {
        return new FitConfig(50, 64, 10, 0.1f, 10f, Math.max(1, Runtime.getRuntime().availableProcessors()),
                EventWeights.defaults(), 42L, 300);
    }

    public FitConfig {
        if (svdFactors < 1 || alsFactors < 1 || alsIterations < 1 || threads < 1 || validationUsers < 0) {
            throw new IllegalArgumentException("factors, iterations and threads must be positive: " + this);
        }
    }
}
