package io.solemate.recommend.training;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.solemate.errors.Conflict;
import io.solemate.errors.Unavailable;
import io.solemate.recommend.RecommendConfig;
import io.solemate.recommend.serving.AnswerPrecomputer;
import io.solemate.recommend.serving.CustomerDirectory;
import io.solemate.recommend.serving.ModelCodec;
import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.serving.ModelServed;
import io.solemate.recommend.serving.ModelStats;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.training.ModelRunLog.Trigger;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Fits the models off the event loop and swaps them in whole. At start it loads a fresh stored model or fits one;
 * the scheduler refits when the store changed, and picks up models other replicas stored. Only one replica fits
 * at a time (an advisory lock); a failed fit is logged, counted and recorded, and the previous model keeps serving.
 */
@ApplicationScoped
public class ModelTrainer {

    private static final Logger LOG = Logger.getLogger(ModelTrainer.class);

    /** What one fit produced, for the caller of a refresh. */
    public record FitOutcome(long version, Instant fittedAt, long readMillis, long fitMillis, ModelStats stats) {
    }

    private final StoreReader reader;
    private final ExternalModels external;
    private final FitRunner fitter;
    private final ModelStore store;
    private final ModelRunLog runs;
    private final ModelHolder holder;
    private final AnswerPrecomputer precomputer;
    private final RecommendConfig config;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Event<ModelServed> served;
    private final Counter failedFits;
    private final AtomicBoolean busy = new AtomicBoolean();
    /** CPU-bound fitting and decoding run here, never on an event loop; the fit itself may fan out further. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("model-fit").daemon().factory());

    public ModelTrainer(StoreReader reader, ExternalModels external, FitRunner fitter, ModelStore store,
            ModelRunLog runs, ModelHolder holder, AnswerPrecomputer precomputer, RecommendConfig config, Clock clock,
            MeterRegistry registry, Event<ModelServed> served) {
        this.reader = reader;
        this.external = external;
        this.fitter = fitter;
        this.store = store;
        this.runs = runs;
        this.holder = holder;
        this.precomputer = precomputer;
        this.config = config;
        this.clock = clock;
        this.registry = registry;
        this.served = served;
        this.failedFits = Counter.builder("solemate.model.fits.failed").description("Fits that failed")
                .register(registry);
        Gauge.builder("solemate.model.age.seconds", this, t -> t.holder.current()
                .map(s -> (double) Duration.between(s.fittedAt(), clock.instant()).toSeconds()).orElse(Double.NaN))
                .description("Seconds since the served model was fitted").register(registry);
        Gauge.builder("solemate.model.version", this, t -> t.holder.current().map(s -> (double) s.version())
                .orElse(Double.NaN)).register(registry);
        Gauge.builder("solemate.model.users", this, t -> servedStat(t, ModelStats::users)).register(registry);
        Gauge.builder("solemate.model.shoes", this, t -> servedStat(t, ModelStats::shoes)).register(registry);
        Gauge.builder("solemate.model.interactions", this, t -> servedStat(t, s -> (double) s.interactions()))
                .register(registry);
    }

    private static double servedStat(ModelTrainer trainer, java.util.function.ToDoubleFunction<ModelStats> stat) {
        return trainer.holder.current().map(s -> stat.applyAsDouble(s.stats())).orElse(Double.NaN);
    }

    /** Loads a fresh stored model, or fits one; called once the schema is migrated (and the store seeded). */
    public void start() {
        if (!config.fitOnStart()) {
            return;
        }
        if (trainedExternally()) {
            loadExternal().subscribe().with(done -> { }, ModelTrainer::logStartFailure);
            return;
        }
        store.newest().flatMap(newest -> {
            Instant freshAfter = clock.instant().minus(config.storedModelMaxAge());
            if (newest.isPresent() && newest.get().fittedAt().isAfter(freshAfter)) {
                long version = newest.get().version();
                LOG.infof("Loading stored model version %d instead of fitting", version);
                // A model stored by an older build (another format) is refitted rather than leaving no model.
                return load(version).onFailure(ModelCodec.UnreadableModel.class).recoverWithUni(failure -> {
                    LOG.infof("Stored model version %d is unreadable here (%s); fitting instead", version,
                            failure.getMessage());
                    return refresh(Trigger.STARTUP).replaceWithVoid();
                });
            }
            return refresh(Trigger.STARTUP).replaceWithVoid();
        }).subscribe().with(done -> { }, ModelTrainer::logStartFailure);
    }

    /** Losing the fit race to another replica is normal: the sync loads that replica's model once it is stored. */
    private static void logStartFailure(Throwable failure) {
        if (failure instanceof Conflict) {
            LOG.infof("No model fitted here at start-up: %s", failure.getMessage());
        } else {
            LOG.errorf("No model at start-up: %s", failure.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    /** Refits when the store changed since the served model was fitted. */
    @Scheduled(identity = "model-refresh", every = "${solemate.recommend.refresh-interval}",
            delay = 1, delayUnit = TimeUnit.MINUTES, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRefresh() {
        if (trainedExternally()) {
            return Uni.createFrom().voidItem();
        }
        return reader.fingerprint().flatMap(fingerprint -> {
            Optional<ModelHolder.Serving> serving = holder.serving();
            if (serving.isPresent() && serving.get().fingerprint().equals(fingerprint)) {
                LOG.debug("Scheduled refit skipped: nothing new since the served model");
                return Uni.createFrom().voidItem();
            }
            return refresh(Trigger.SCHEDULE).replaceWithVoid()
                    .onFailure(Conflict.class).recoverWithNull();
        }).onFailure().invoke(failure -> LOG.warnf("Scheduled refit did not run: %s", failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** Loads a model another replica stored, when it is newer than the one served here. */
    @Scheduled(identity = "model-sync", every = "${solemate.recommend.sync-interval}",
            delay = 10, delayUnit = TimeUnit.SECONDS, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> syncWithStore() {
        if (trainedExternally()) {
            long servedVersion = holder.current().map(ServedModel::version).orElse(0L);
            return external.newestCommitted()
                    .flatMap(newest -> newest.isPresent() && newest.get() > servedVersion && !busy.get()
                            ? loadExternal().replaceWithVoid() : Uni.createFrom().voidItem())
                    .onFailure().invoke(failure -> LOG.warnf("External model sync failed: %s", failure.getMessage()))
                    .onFailure().recoverWithNull();
        }
        long served = holder.current().map(ServedModel::version).orElse(0L);
        return store.newest()
                .flatMap(newest -> newest.isPresent() && newest.get().version() > served && !busy.get()
                        ? load(newest.get().version())
                        : Uni.createFrom().voidItem())
                .onFailure().invoke(failure -> LOG.warnf("Model sync failed: %s", failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    /**
     * Reads the store, fits, stores and swaps in the new model. Fails with 409 when a fit is already running here
     * or on another replica.
     */
    public Uni<FitOutcome> refresh(Trigger trigger) {
        if (!busy.compareAndSet(false, true)) {
            return Uni.createFrom().failure(new Conflict("A model fit is already running"));
        }
        if (trainedExternally()) {
            return loadExternal().eventually(() -> busy.set(false));
        }
        return store.underFitLock(version -> fit(version, trigger))
                .map(outcome -> outcome.orElseThrow(() -> new Conflict(
                        "Another replica is fitting; its model is loaded here once stored")))
                .eventually(() -> busy.set(false));
    }

    private Uni<FitOutcome> fit(long version, Trigger trigger) {
        Instant started = clock.instant();
        LOG.infof("Model fit %d (%s) started", version, trigger.dbValue());
        return reader.read(config.fitWindowStart(started))
                .emitOn(worker)
                .map(read -> {
                    long readMillis = Duration.between(started, clock.instant()).toMillis();
                    FitConfig fitConfig = config.fitConfig();
                    ServedModel model = fitter.fit(read.data(), fitConfig, version, clock.instant());
                    long fitMillis = Duration.between(started, clock.instant()).toMillis() - readMillis;
                    return new Fitted(read, fitConfig, model, ModelCodec.encode(model), readMillis, fitMillis);
                })
                .call(fitted -> store.save(new ModelStore.StoredModel(version, fitted.model.fittedAt(),
                        fitted.read.fingerprint(), fitted.encoded)))
                .invoke(fitted -> {
                    if (!serve(new ModelHolder.Serving(fitted.model, fitted.read.customers(),
                            fitted.read.fingerprint()))) {
                        LOG.infof("Model fit %d is stored but not served: a newer version was loaded meanwhile",
                                version);
                    }
                })
                .call(fitted -> {
                    ModelStats stats = fitted.model.stats();
                    stats.fitMillis().forEach((component, millis) -> Timer.builder("solemate.model.fit.duration")
                            .tag("component", component).register(registry).record(Duration.ofMillis(millis)));
                    LOG.infof("Model fit %d done: %d users, %d shoes, %d interactions; read %d ms, fit %d ms, "
                            + "%d bytes stored; collaborative model %s, blend %s; per component %s", version,
                            stats.users(), stats.shoes(), stats.interactions(), fitted.readMillis, fitted.fitMillis,
                            fitted.encoded.length, stats.collaborativeModel(), stats.blendWeights(), stats.fitMillis());
                    return runs.record(version, trigger, true, started, clock.instant(), stats.users(), stats.shoes(),
                            stats.interactions(), fitted.read.fingerprint().maxInteractionId(),
                            details(fitted), null);
                })
                .map(fitted -> new FitOutcome(version, fitted.model.fittedAt(), fitted.readMillis,
                        fitted.fitMillis, fitted.model.stats()))
                .onFailure().call(failure -> {
                    failedFits.increment();
                    String error = abbreviate(String.valueOf(failure.getMessage()));
                    LOG.errorf("Model fit %d failed; the previous model keeps serving: %s: %s", version,
                            failure.getClass().getName(), error);
                    return runs.record(version, trigger, false, started, clock.instant(), 0, 0, 0, 0,
                            new JsonObject(), error)
                            .onFailure().recoverWithNull();
                });
    }

    /**
     * Starts ranking {@code next}'s default answers, then swaps it in unless a newer model is served. In that order,
     * a served model is never seen without its answers under way ({@code GET /api/model}, the benchmarks' wait);
     * answers of a model that lost the swap never replace a newer model's, and are only read for the model they rank.
     */
    private boolean serve(ModelHolder.Serving next) {
        precomputer.start(next);
        if (!holder.swap(next)) {
            return false;
        }
        served.fire(new ModelServed(next.model()));
        return true;
    }

    private boolean trainedExternally() {
        return config.trainer() == RecommendConfig.Trainer.EXTERNAL;
    }

    /**
     * trainer=external: serves the newest version the external trainer committed, with content fitted here. No
     * customer directory is held: customers are read on demand ({@code CustomerStates}).
     */
    private Uni<FitOutcome> loadExternal() {
        Instant started = clock.instant();
        return external.newestCommitted().flatMap(newest -> {
            if (newest.isEmpty()) {
                return Uni.createFrom().failure(new Unavailable(
                        "No externally trained model is committed yet: run the Spark job (src/spark)"));
            }
            return reader.fingerprint().flatMap(fingerprint -> external.load(newest.get(), worker).map(model -> {
                serve(new ModelHolder.Serving(model, CustomerDirectory.EMPTY, fingerprint));
                long millis = Duration.between(started, clock.instant()).toMillis();
                LOG.infof("Serving externally trained model version %d (trained at %s), loaded in %d ms",
                        model.version(), model.fittedAt(), millis);
                return new FitOutcome(model.version(), model.fittedAt(), millis, 0, model.stats());
            }));
        });
    }

    private Uni<Void> load(long version) {
        return store.load(version).flatMap(stored -> {
            if (stored.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().item(stored.get()).emitOn(worker)
                    .map(model -> ModelCodec.decode(model.data()))
                    .flatMap(model -> reader.customers().invoke(customers -> {
                        if (serve(new ModelHolder.Serving(model, customers, stored.get().fingerprint()))) {
                            LOG.infof("Loaded stored model version %d fitted at %s", version, model.fittedAt());
                        } else {
                            LOG.infof("Stored model version %d not served: a newer one was swapped in meanwhile",
                                    version);
                        }
                    }))
                    .replaceWithVoid();
        });
    }

    /** Driver messages can quote whole parameter values; keep logs and model_runs readable. */
    private static String abbreviate(String message) {
        return message.length() <= 300 ? message : message.substring(0, 300) + "...";
    }

    private static JsonObject details(Fitted fitted) {
        ModelStats stats = fitted.model.stats();
        return new JsonObject()
                .put("readMillis", fitted.readMillis)
                .put("fitMillis", fitted.fitMillis)
                .put("componentMillis", new JsonObject(new java.util.LinkedHashMap<>(stats.fitMillis())))
                .put("validation", JsonObject.mapFrom(stats.validation()))
                .put("hyperParameters", JsonObject.mapFrom(stats.hyperParameters()))
                .put("blendWeights", new JsonObject(stats.blendWeights().describe()))
                .put("collaborativeModel", stats.collaborativeModel())
                // Read by the Spark job (src/spark) when it is given no ALS settings of its own.
                .put("als", new JsonObject().put("factors", fitted.config.alsFactors())
                        .put("iterations", fitted.config.alsIterations())
                        .put("regularization", fitted.config.alsRegularization())
                        .put("alpha", fitted.config.alsAlpha()))
                .put("memoryBytes", stats.memoryBytes())
                .put("storedBytes", fitted.encoded.length);
    }

    private record Fitted(StoreReader.Store read, FitConfig config, ServedModel model, byte[] encoded, long readMillis,
            long fitMillis) {
    }
}
