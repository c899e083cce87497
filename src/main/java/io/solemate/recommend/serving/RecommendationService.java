package io.solemate.recommend.serving;

import io.smallrye.mutiny.Uni;
import io.solemate.errors.NotFound;
import io.solemate.errors.Unavailable;
import io.solemate.recommend.RecommendConfig;
import io.solemate.recommend.training.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Answers recommendation and similarity requests from the served model in memory. Only a customer unknown to the
 * model (registered after the last fit) costs a database read, for their profile and owned shoes; with
 * trainer=external every customer is read on demand (one indexed round trip) through a bounded cache.
 */
@ApplicationScoped
public class RecommendationService {

    private final ModelHolder holder;
    private final StoreReader reader;
    private final CustomerStates states;
    private final AnswerPrecomputer precomputed;
    /** trainer=external: no customer is held in memory; each is read on demand through {@link CustomerStates}. */
    private final boolean trainedExternally;

    public RecommendationService(ModelHolder holder, StoreReader reader, CustomerStates states,
                                 AnswerPrecomputer precomputed, RecommendConfig config) {
        this.holder = holder;
        this.reader = reader;
        this.states = states;
        this.precomputed = precomputed;
        this.trainedExternally = config.trainer() == RecommendConfig.Trainer.EXTERNAL;
    }

    public Uni<RecommendationAnswer> recommend(long userId, int limit, ShoeFilter filter, Eligibility eligibility) {
        ModelHolder.Serving serving = serving();
        if (trainedExternally) {
            ServedModel model = serving.model();
            return states.get(model, userId).map(state -> {
                if (state == null) {
                    throw new NotFound("User", userId);
                }
                List<Recommendation> picks = model.recommend(state, new RecommendationQuery(limit, filter,
                        eligibility, state.owned(), state.profile()));
                return answer(userId, model, !state.hasHistory(), picks);
            });
        }
        Optional<RecommendationAnswer> ready = ready(serving, userId, limit, filter, eligibility);
        if (ready.isPresent()) {
            return Uni.createFrom().item(ready.get());
        }
        Uni<CustomerDirectory> customers = serving.customers().knows(userId)
                ? Uni.createFrom().item(serving.customers())
                : reader.customer(userId);
        return customers.map(directory -> {
            if (!directory.knows(userId)) {
                throw new NotFound("User", userId);
            }
            ServedModel model = serving.model();
            List<Recommendation> picks = model.recommend(userId, new RecommendationQuery(limit, filter,
                    eligibility, directory.ownedBy(userId), directory.profile(userId)));
            return answer(userId, model, !model.hasHistory(userId), picks);
        });
    }

    /**
     * The answer ranked ahead of time for this request, if there is one (a default request of a customer the served
     * model knows): what {@link #recommend} answers then, without reading the database or ranking.
     */
    public Optional<RecommendationAnswer> ready(long userId, int limit, ShoeFilter filter, Eligibility eligibility) {
        return trainedExternally
                ? Optional.empty()
                : holder.serving().flatMap(serving -> ready(serving, userId, limit, filter, eligibility));
    }

    private Optional<RecommendationAnswer> ready(ModelHolder.Serving serving, long userId, int limit,
                                                 ShoeFilter filter, Eligibility eligibility) {
        RankedPicks picks = precomputed.answer(serving, userId, limit, filter, eligibility);
        if (picks == null) {
            return Optional.empty();
        }
        ServedModel model = serving.model();
        return Optional.of(new RecommendationAnswer(userId, model.version(), !model.hasHistory(userId), picks));
    }

    public Uni<SimilarAnswer> similar(long shoeId, int limit, ShoeFilter filter, boolean allVariants) {
        ServedModel model = serving().model();
        if (model.knowsShoe(shoeId)) {
            return Uni.createFrom().item(similar(model, shoeId, limit, filter, allVariants));
        }
        // A shoe added after the fit has no neighbours yet; one that does not exist is a 404.
        return reader.shoeExists(shoeId).map(exists -> {
            if (!exists) {
                throw new NotFound("Shoe", shoeId);
            }
            return new SimilarAnswer(shoeId, model.version(), model.catalog(), List.of());
        });
    }

    /** The shoes {@code model} ranks most similar to one it knows. */
    public SimilarAnswer similar(ServedModel model, long shoeId, int limit, ShoeFilter filter, boolean allVariants) {
        return new SimilarAnswer(shoeId, model.version(), model.catalog(),
                model.similar(shoeId, limit, filter, allVariants));
    }

    private static RecommendationAnswer answer(long userId, ServedModel model, boolean coldStart,
                                               List<Recommendation> picks) {
        return new RecommendationAnswer(userId, model.version(), coldStart, RankedPicks.of(model.catalog(), picks));
    }

    private ModelHolder.Serving serving() {
        return holder.serving().orElseThrow(() -> new Unavailable(
                "The recommendation model is still being fitted; try again shortly"));
    }
}
