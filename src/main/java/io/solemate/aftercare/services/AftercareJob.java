package io.solemate.aftercare.services;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.AftercareConfig;
import io.solemate.aftercare.IdRange;
import io.solemate.aftercare.Lifecycle;
import io.solemate.aftercare.stores.PurchaseStore;
import io.solemate.aftercare.stores.Seasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Writes due after-care notifications: every care reminder and replacement suggestion whose due date is on or before
 * today (UTC) and which is not written yet. So a run after downtime catches up on everything that fell due in
 * between, and a run that finds nothing new writes nothing. Each (purchase, kind, due date) is written at most once,
 * guaranteed by the database ({@code notifications_once_key}), so restarts and any number of replicas may run it at
 * the same time.
 *
 * <p>Work goes in batches of purchase ids, two at a time (one per database core is plenty): care reminders in one
 * set-based statement per batch, with the season calendar computed once per run, and replacement suggestions in Java
 * for the few purchases whose suggestion is due.
 */
@ApplicationScoped
public class AftercareJob {

    private static final Logger LOG = Logger.getLogger(AftercareJob.class);
    private static final int PARALLEL_BATCHES = 2;

    private final PurchaseStore purchases;
    private final AftercareConfig config;
    private final Clock clock;
    private final CareReminderPass care;
    private final ReplacementPass replacements;

    public AftercareJob(PurchaseStore purchases, AftercareConfig config, Clock clock, CareReminderPass care,
            ReplacementPass replacements) {
        this.purchases = purchases;
        this.config = config;
        this.clock = clock;
        this.care = care;
        this.replacements = replacements;
    }

    /** What one run wrote. */
    public record RunSummary(LocalDate today, int batches, long careCreated, long replacementsCreated,
            Duration took) {
    }

    /** First run shortly after start (once start-up work such as the first model fit is under way), then every interval. */
    @Scheduled(identity = "aftercare", every = "${solemate.aftercare.interval}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    Uni<Void> scheduled() {
        return run()
                .invoke(summary -> LOG.infof("After-care run for %s: %d care reminders, %d replacement suggestions "
                        + "in %d batches, %d ms", summary.today(), summary.careCreated(),
                        summary.replacementsCreated(), summary.batches(), summary.took().toMillis()))
                .onFailure().invoke(e -> LOG.error("After-care run failed; the next run catches up", e))
                .replaceWithVoid();
    }

    public Uni<RunSummary> run() {
        LocalDate today = Lifecycle.utcDay(clock.instant());
        long started = System.nanoTime();
        RunCache cache = replacements.newRun();
        Uni<List<IdRange>> batches = purchases.ids().map(ids -> ids.split(config.batchSize()));
        return Uni.combine().all().unis(batches, care.seasons(today)).asTuple()
                .flatMap(run -> writeBatches(today, run.getItem1(), run.getItem2(), cache, started));
    }

    private Uni<RunSummary> writeBatches(LocalDate today, List<IdRange> ranges, Seasons seasons,
            RunCache cache, long started) {
        return Multi.createFrom().iterable(ranges)
                .onItem().transformToUni(range -> care.write(range, today, seasons)
                        .flatMap(careCount -> replacements.write(range, today, cache)
                                .map(replacementCount -> new Written(careCount, replacementCount))))
                .merge(PARALLEL_BATCHES)
                .collect().asList()
                .map(counts -> summary(today, ranges, counts, started));
    }

    /** Notifications one batch created. */
    private record Written(int care, int replacements) {
    }

    private static RunSummary summary(LocalDate today, List<IdRange> ranges, List<Written> counts, long started) {
        long careCreated = counts.stream().mapToLong(Written::care).sum();
        long replacementsCreated = counts.stream().mapToLong(Written::replacements).sum();
        return new RunSummary(today, ranges.size(), careCreated, replacementsCreated,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Skips scheduled runs on instances where {@code solemate.aftercare.enabled=false}. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        private final AftercareConfig config;

        public Disabled(AftercareConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
