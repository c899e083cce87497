package io.solemate.recommend.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.Uni;
import io.solemate.recommend.RecommendConfig;
import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.serving.RecommendationService;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.serving.ShoeFilter;
import io.solemate.web.EncodedJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Similar-shoe answers as written, kept per request and served model. An answer is a pure function of the two: the
 * neighbour lists, the catalogue facts and the stock it filters on are the fit's snapshot. So a kept answer is what
 * ranking and writing again would give, and it holds until another model is served; one for an older model is never
 * returned, and the first request that sees a newer model drops them all, so two models' answers are not held at once.
 * A request is its target as sent (path and query) and its {@code Accept} header: what Quarkus REST reads to match,
 * convert, validate and negotiate, so a request equal to one answered before gets the same answer, and
 * {@link SimilarAnswerReplay} can send it before any of that runs. Only answers for shoes the model knows are kept
 * (one added since the fit is checked in the database). Bounded by their bytes
 * ({@code solemate.recommend.similar-answer-cache}); Caffeine keeps the most requested.
 */
@ApplicationScoped
public class SimilarAnswers {

    /** Object headers, key and array: what an entry holds beside its bytes. */
    private static final int ENTRY_OVERHEAD_BYTES = 160;

    private record Request(String target, String accept) {
    }

    private record Answer(long modelVersion, EncodedJson json) {
    }

    private final RecommendationService service;
    private final AnswerJson json;
    private final ModelHolder holder;
    private final Cache<Request, Answer> answers;
    /** The newest model version a request has seen; answers of older ones are dropped when it moves. */
    private final AtomicLong servedVersion = new AtomicLong(Long.MIN_VALUE);

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
        long version = dropOlderAnswers(served.get());
        Answer kept = answers.getIfPresent(new Request(target, accept));
        return kept != null && kept.modelVersion() == version ? Optional.of(kept.json()) : Optional.empty();
    }

    /** The answer to a request whose parameters are valid: kept, or ranked and written (and kept). */
    public Uni<EncodedJson> similar(String target, String accept, long shoeId, int limit, ShoeFilter filter,
                                    boolean allVariants) {
        Optional<ServedModel> served = holder.current();
        if (served.isEmpty() || !served.get().knowsShoe(shoeId)) {
            return service.similar(shoeId, limit, filter, allVariants).map(json::encode);
        }
        long version = dropOlderAnswers(served.get());
        Request request = new Request(target, accept);
        Answer kept = answers.getIfPresent(request);
        if (kept != null && kept.modelVersion() == version) {
            return Uni.createFrom().item(kept.json());
        }
        return service.similar(shoeId, limit, filter, allVariants).map(answer -> {
            EncodedJson encoded = json.encode(answer);
            // The service may have read a model swapped in since: keep the answer under the version it is of.
            answers.asMap().merge(request, new Answer(answer.modelVersion(), encoded),
                    (old, fresh) -> old.modelVersion() > fresh.modelVersion() ? old : fresh);
            return encoded;
        });
    }

    /** The served model's version, once the answers of an older one are dropped. */
    private long dropOlderAnswers(ServedModel served) {
        long version = served.version();
        long seen = servedVersion.get();
        if (version > seen && servedVersion.compareAndSet(seen, version)) {
            answers.invalidateAll();
        }
        return version;
    }
}
