package io.solemate.interactions.services;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.solemate.interactions.InteractionsConfig;
import io.solemate.interactions.stores.CompactionStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps {@code interaction_aggregates} current: folds the events ingested since the last run, in steps of at most
 * {@code compaction-batch-size} ids, each step one transaction that also moves the watermark. A job rather than upkeep
 * at ingestion: ingestion stays one insert per event with no hot aggregate rows to lock (two batches on one pair
 * would otherwise contend for its row), and a fit reads the events past the watermark folded on the fly, so the
 * aggregate need not be current to the second. Idempotent (the watermark), crash-safe (a step is all or nothing)
 * and safe on every replica at once (steps serialize on the watermark row).
 */
@ApplicationScoped
public class InteractionCompaction {

    private static final Logger LOG = Logger.getLogger(InteractionCompaction.class);

    /** What one run folded: the ids {@code from < id <= through} in {@code steps} transactions. */
    public record Summary(long from, long through, int steps, long rows) {
    }

    private final CompactionStore store;
    private final InteractionsConfig config;

    public InteractionCompaction(CompactionStore store, InteractionsConfig config) {
        this.store = store;
        this.config = config;
    }

    @Scheduled(identity = "interaction-compaction", every = "${solemate.interactions.compaction-interval}",
            delay = 20, delayUnit = TimeUnit.SECONDS, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return compact()
                .invoke(run -> {
                    if (run.steps() > 0) {
                        LOG.infof("Folded interactions %d..%d into %d aggregate rows in %d steps", run.from() + 1,
                                run.through(), run.rows(), run.steps());
                    }
                })
                .onFailure().invoke(failure -> LOG.warnf("Interaction compaction did not run; the next run catches "
                        + "up: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Folds every settled event past the watermark. */
    public Uni<Summary> compact() {
        return store.settledThrough().flatMap(settled -> steps(settled, null));
    }

    private Uni<Summary> steps(long settled, Summary done) {
        return store.step(settled, config.compactionBatchSize()).flatMap(step -> {
            if (!step.moved()) {
                return Uni.createFrom().item(done != null ? done : new Summary(step.from(), step.from(), 0, 0));
            }
            Summary next = done == null ? new Summary(step.from(), step.through(), 1, step.rows())
                    : new Summary(done.from(), step.through(), done.steps() + 1, done.rows() + step.rows());
            return steps(settled, next);
        });
    }
}
