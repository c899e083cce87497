package io.solemate.recommend.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.Uni;
import io.solemate.recommend.RecommendConfig;
import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.serving.ModelServed;
import io.solemate.recommend.serving.RecommendationService;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.serving.ShoeFilter;
import io.solemate.recommend.serving.SimilarAnswer;
import io.solemate.web.EncodedJson;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Similar-shoe answers as written, kept per request and served model. An answer is a pure function of the two: the
 * neighbour lists, the catalogue facts and the stock it filters on are the fit's snapshot. So a kept answer is what
 * ranking and writing again would give, and it holds until another model is served; one for an older model is never
 * returned. When a model is served, the kept requests are ranked again for it in the background, so the most asked
 * answers stay a lookup across refits. A request is its target as sent (path and query) and its {@code Accept}
 * header: what Quarkus REST reads to match, convert, validate and negotiate, so a request equal to one answered before
 * gets the same answer, and {@link SimilarAnswerReplay} can send it before any of that runs. Only answers for shoes
 * the model knows are kept (one added since the fit is checked in the database). Bounded by their bytes
 * ({@code solemate.recommend.similar-answer-cache}); Caffeine keeps the most requested.
 */
@ApplicationScoped
public class SimilarAnswers {

    private static final Logger LOG = Logger.getLogger(SimilarAnswers.class);
    /** Object headers, key, ranking and array: what an entry holds beside its bytes. */
    private static final int ENTRY_OVERHEAD_BYTES = 256;

    private record Request(String target, String accept) {
    }

    /** What an answer ranks, to rank it again for a newer model. */
    private record Ranking(long shoeId, int limit, ShoeFilter filter, boolean allVariants) {
    }

    private record Answer(long modelVersion, EncodedJson json, Ranking ranking) {
    }

    private final RecommendationService service;
    private final AnswerJson json;
    private final ModelHolder holder;
    private final Cache<Request, Answer> answers;
    private final ExecutorService reRanking = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("similar-rerank").daemon().priority(Thread.MIN_PRIORITY).factory());

    public SimilarAnswers(RecommendationService service, AnswerJson json, ModelHolder holder, RecommendConfig config,
                          MeterRegistry registry) {
        this.service = service;
        this.json = json;
        this.holder = holder;
        // Upkeep on the calling thread: a hand-off to the common pool per answer costs more than the upkeep.
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.similarAnswerCache().asLongValue())
                .<Request, Answer>weigher((request, answer) -> answer.json().bytes().length + ENTRY_OVERHEAD_BYTES)
                .executor(Runnable::run)
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, answers, "similar-answers");
    }

    /** The answer kept for a request equal to this one under the served model, if there is one. */
    public Optional<EncodedJson> kept(String target, String accept) {
        Optional<ServedModel> served = holder.current();
        if (served.isEmpty()) {
            return Optional.empty();
        }
        Answer kept = answers.getIfPresent(new Request(target, accept));
        return kept != null && kept.modelVersion() == served.get().version()
                ? Optional.of(kept.json())
                : Optional.empty();
    }

    /** The answer to a request whose parameters are valid: kept, or ranked and written (and kept). */
    public Uni<EncodedJson> similar(String target, String accept, long shoeId, int limit, ShoeFilter filter,
                                    boolean allVariants) {
        Optional<ServedModel> served = holder.current();
        if (served.isEmpty() || !served.get().knowsShoe(shoeId)) {
            return service.similar(shoeId, limit, filter, allVariants).map(json::encode);
        }
        Request request = new Request(target, accept);
        Answer kept = answers.getIfPresent(request);
        if (kept != null && kept.modelVersion() == served.get().version()) {
            return Uni.createFrom().item(kept.json());
        }
        Ranking ranking = new Ranking(shoeId, limit, filter, allVariants);
        return Uni.createFrom().item(keep(request, ranking, service.similar(served.get(), shoeId, limit, filter,
                allVariants)));
    }

    /** Ranks the kept requests again for a newly served model, on a thread of its own. */
    void reRank(@Observes ModelServed served) {
        reRanking.execute(() -> reRankFor(served.model()));
    }

    private void reRankFor(ServedModel model) {
        int ranked = 0;
        int dropped = 0;
        long started = System.nanoTime();
        for (Map.Entry<Request, Answer> entry : answers.asMap().entrySet()) {
            if (holder.current().map(ServedModel::version).orElse(model.version()) > model.version()) {
                return; // a newer model is served: its own re-ranking follows
            }
            Answer old = entry.getValue();
            Ranking r = old.ranking();
            if (old.modelVersion() >= model.version()) {
                continue;
            }
            if (!model.knowsShoe(r.shoeId())) {
                answers.asMap().remove(entry.getKey(), old);
                dropped++;
                continue;
            }
            keep(entry.getKey(), r, service.similar(model, r.shoeId(), r.limit(), r.filter(), r.allVariants()));
            ranked++;
        }
        if (ranked + dropped == 0) {
            return;
        }
        LOG.infof("Ranked %d kept similar-shoe answers again for model %d in %d ms (%d dropped: shoes it does not "
                + "know)", ranked, model.version(), (System.nanoTime() - started) / 1_000_000, dropped);
    }

    /** Keeps an answer under the model version it is of, unless one of a newer model is kept already. */
    private EncodedJson keep(Request request, Ranking ranking, SimilarAnswer answer) {
        EncodedJson encoded = json.encode(answer);
        answers.asMap().merge(request, new Answer(answer.modelVersion(), encoded, ranking),
                (old, fresh) -> old.modelVersion() > fresh.modelVersion() ? old : fresh);
        return encoded;
    }

    @PreDestroy
    void stop() {
        reRanking.shutdownNow();
    }
}
