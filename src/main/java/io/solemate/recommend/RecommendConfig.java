package io.solemate.recommend;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.training.FitConfig;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** {@code solemate.recommend.*}: when models are fitted and with which hyper-parameters. */
@ConfigMapping(prefix = "solemate.recommend")
public interface RecommendConfig {

    /** Who fits the collaborative model; see {@link Trainer}. */
    @WithDefault("service")
    Trainer trainer();

    /**
     * {@code service}: every fit reads the whole log and fits everything here. {@code external}: the Spark job
     * ({@code src/spark}) fits ALS and popularity; replicas load its newest committed version (and fit content),
     * and read each customer's state by primary key on demand instead of holding the whole history.
     */
    enum Trainer {
        SERVICE, EXTERNAL
    }

    /** trainer=external: customers whose state (factors, recent history, profile, owned shoes) stays in memory. */
    @WithDefault("100000")
    int customerStateCacheSize();

    /** trainer=external: how long a customer's state is reused; their newest events count after this. */
    @WithDefault("PT1M")
    Duration customerStateTtl();

    /** trainer=external: newest events read per customer for exclusions, reasons and their content profile. */
    @WithDefault("500")
    int customerHistoryLimit();

    /** How often the scheduler checks for new data and refits ("15m", "1h"; "off" disables). */
    @WithDefault("15m")
    String refreshInterval();

    /** How often a replica checks for a newer model stored by another replica ("30s"; "off" disables). */
    @WithDefault("30s")
    String syncInterval();

    /** Fit (or load a stored model) at start-up. */
    @WithDefault("true")
    boolean fitOnStart();

    /** A stored model younger than this is loaded at start instead of fitting anew. */
    @WithDefault("PT15M")
    Duration storedModelMaxAge();

    // Defaults tuned on MovieLens 100K with the offline evaluation (see README, "Offline evaluation").
    @WithDefault("30")
    int svdFactors();

    @WithDefault("32")
    int alsFactors();

    @WithDefault("10")
    int alsIterations();

    @WithDefault("10")
    float alsRegularization();

    /** Confidence is 1 + alpha x log(1 + weight). */
    @WithDefault("2")
    float alsAlpha();

    /** Threads a fit may use; 0 means one per core. */
    @WithDefault("0")
    int fitThreads();

    /** Users whose held-out positives tune the blend weights at each fit. */
    @WithDefault("500")
    int validationUsers();

    @WithDefault("42")
    long seed();

    /** EASE (dense, cubic in shoes) up to this many shoes; RP3beta (sparse) above. */
    @WithDefault("5000")
    int easeMaxItems();

    /** Neighbours kept per shoe by the item-to-item component. */
    @WithDefault("200")
    int itemItemNeighbours();

    /**
     * Picks of the default request (no filter, every eligibility rule) ranked ahead of time for every customer after
     * each fit, in the background; a request for at most this many with the defaults reads them instead of ranking.
     * 24 bytes per pick and customer (about 0.5 GB per million customers at 20); 0 turns it off.
     */
    @WithDefault("20")
    @Min(0)
    @Max(100)
    int precomputedPicks();

    /** Threads that rank the precomputed picks after a fit, beside serving. */
    @WithDefault("1")
    @Min(1)
    int precomputeThreads();

    /**
     * Memory for similar-shoe answers kept as written, per request and served model (io.solemate.recommend.api.
     * SimilarAnswers); an answer of 20 shoes takes about 3.4 KB, so the default holds the default answer of some
     * 37,000 shoes. Ranked again in the background when a newer model is served.
     */
    @WithDefault("128M")
    MemorySize similarAnswerCache();

    /** Wall-time budget of the hyper-parameter search at each fit (ms): no trial starts that would end past it. */
    @WithDefault("25000")
    long searchMillis();

    /**
     * Days of interactions a fit reads (0: all). Bounds the fit's memory by the store's activity over the window
     * rather than by its whole history; shoppers whose events are all older are fitted as new.
     */
    @WithDefault("0")
    @Min(0)
    int fitWindowDays();

    Weights weights();

    /** The signal each kind of event carries; a return cancels the purchase's signal. */
    interface Weights {
        @WithDefault("1")
        float view();

        @WithDefault("3")
        float like();

        @WithDefault("4")
        float cart();

        @WithDefault("8")
        float purchase();

        /** A rating weighs value x this; ratings of 2 stars or less carry no positive signal. */
        @WithDefault("1")
        float ratingPerStar();

        /** Half-life of an event's weight in days; 0 disables decay. */
        @WithDefault("90")
        double halfLifeDays();
    }

    /** The first UTC day a fit at {@code now} reads, when {@link #fitWindowDays()} bounds it. */
    default Optional<LocalDate> fitWindowStart(Instant now) {
        return fitWindowDays() == 0 ? Optional.empty()
                : Optional.of(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(fitWindowDays() - 1L));
    }

    default FitConfig fitConfig() {
        Weights w = weights();
        int threads = fitThreads() > 0 ? fitThreads() : Runtime.getRuntime().availableProcessors();
        return new FitConfig(svdFactors(), alsFactors(), alsIterations(), alsRegularization(), alsAlpha(), threads,
                new EventWeights(w.view(), w.like(), w.cart(), w.purchase(), w.ratingPerStar(), w.halfLifeDays()),
                seed(), validationUsers(), easeMaxItems(), itemItemNeighbours(), searchMillis());
    }
}
