package io.solemate.spark;

/**
 * ALS hyper-parameters in the service's terms: factors, iterations, the service's regularization λ and alpha
 * (confidence {@code 1 + alpha * log1p(weight)}, the same in MLlib once ratings are the damped weights).
 */
record AlsParams(int factors, int iterations, float regularization, float alpha, String source) {

    /** The service's defaults ({@code solemate.recommend.als-*}). */
    static final AlsParams SERVICE_DEFAULTS = new AlsParams(32, 10, 10f, 2f, "service defaults");

    /** Options given on the command line win over the service's newest fit, which wins over the defaults. */
    static AlsParams resolve(JobOptions options, AlsParams fromService) {
        AlsParams base = fromService != null ? fromService : SERVICE_DEFAULTS;
        boolean given = options.factors() != null || options.iterations() != null
                || options.regularization() != null || options.alpha() != null;
        return new AlsParams(options.factors() != null ? options.factors() : base.factors(),
                options.iterations() != null ? options.iterations() : base.iterations(),
                options.regularization() != null ? options.regularization() : base.regularization(),
                options.alpha() != null ? options.alpha() : base.alpha(),
                given ? "command line over " + base.source() : base.source());
    }

    /**
     * MLlib regularizes each row by λ times its number of entries (ALS-WR, Zhou et al. 2008); the service by a
     * constant λ. Dividing λ by the mean entries per row (users and items together) matches the two on average;
     * {@code --reg-scale} adjusts it, {@code --reg-param} overrides it.
     */
    double sparkRegParam(long users, long items, long nnz, JobOptions options) {
        if (options.regParam() != null) {
            return options.regParam();
        }
        return options.regScale() * regularization * (users + items) / (2.0 * nnz);
    }
}
