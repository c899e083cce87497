package io.solemate.recommend.serving;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.solemate.recommend.RecommendConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Ranks every customer's default request ahead of time for the model being served ({@link PrecomputedAnswers}), on
 * background threads once the model is swapped in, and answers from it. A newer model stops the ranking for the
 * older one; until a customer's answer is ranked, their requests are ranked live as before.
 */
@ApplicationScoped
public class AnswerPrecomputer {

    private static final Logger LOG = Logger.getLogger(AnswerPrecomputer.class);

    private final int depth;
    private final int threads;
    private final ExecutorService pool;
    private final AtomicReference<PrecomputedAnswers> current = new AtomicReference<>();

    public AnswerPrecomputer(RecommendConfig config, MeterRegistry registry) {
        this.depth = config.precomputedPicks();
        this.threads = config.precomputeThreads();
        this.pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("precompute-", 0).daemon().priority(Thread.MIN_PRIORITY).factory());
        Gauge.builder("solemate.recommendations.precomputed", this, p -> p.progress()
                        .map(a -> (double) a.kept()).orElse(0.0))
                .description("Customers whose default recommendations are ranked ahead of time for the served model")
                .register(registry);
    }

    /**
     * Starts ranking the default request of every customer of {@code serving}'s directory, unless a newer model's
     * answers are already under way; nothing when turned off or when no customer is held in memory
     * (trainer=external).
     */
    public void start(ModelHolder.Serving serving) {
        if (depth == 0 || serving.customers().profiles().isEmpty()) {
            long version = serving.model().version();
            current.getAndUpdate(old -> old != null && old.modelVersion() > version ? old : null);
            return;
        }
        PrecomputedAnswers answers = new PrecomputedAnswers(serving.model(), serving.customers(), depth);
        PrecomputedAnswers before = current.getAndUpdate(old -> old != null
                && old.modelVersion() > answers.modelVersion() ? old : answers);
        if (before != null && before.modelVersion() > answers.modelVersion()) {
            return;
        }
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                if (answers.fill(() -> current.get() == answers)) {
                    LOG.infof("Ranked the default recommendations of %d customers for model %d ahead of time in "
                            + "%d ms: %d kept (%d MiB), the rest are ranked per request", answers.customers(),
                            answers.modelVersion(), (System.nanoTime() - started) / 1_000_000, answers.kept(),
                            answers.memoryBytes() >> 20);
                }
            });
        }
    }

    /**
     * The customer's precomputed answer when the request is the default one for at most the depth kept and it is
     * ranked already for the model and directory being served; else null, and the caller ranks it.
     */
    public RankedPicks answer(ModelHolder.Serving serving, long userId, int limit, ShoeFilter filter,
                                       Eligibility eligibility) {
        PrecomputedAnswers answers = current.get();
        // The sellable rules hold shoes to stock already: a filter that repeats the stock rule asks the same.
        if (answers == null || !filter.namesNothing() || !Eligibility.SELLABLE.equals(eligibility)
                || !answers.answersFor(serving.model(), serving.customers())) {
            return null;
        }
        return answers.answer(userId, limit);
    }

    /** The answers of the served model, as far as they are ranked. */
    public Optional<PrecomputedAnswers> progress() {
        return Optional.ofNullable(current.get());
    }

    @PreDestroy
    void stop() {
        current.set(null);
        pool.shutdownNow();
    }
}
