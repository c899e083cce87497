package io.solemate.recommend.serving;

import io.smallrye.mutiny.Uni;
import io.solemate.errors.NotFound;
import io.solemate.errors.Unavailable;
import io.solemate.recommend.api.RecommendationView;
import io.solemate.recommend.api.SimilarView;
import io.solemate.recommend.model.Recommendation;
import io.solemate.recommend.model.RecommendationQuery;
import io.solemate.recommend.model.ShoeFilter;
import io.solemate.recommend.model.Snapshot;
import io.solemate.recommend.training.StoreReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Answers recommendation and similarity requests from the served model in memory. Only a customer unknown to the
 * model (registered after the last fit) costs a database read, for their profile and owned shoes.
 */
@ApplicationScoped
public class RecommendationService {

    private final ModelHolder holder;
    private final StoreReader reader;

    public RecommendationService(ModelHolder holder, StoreReader reader) {
        this.holder = holder;
        this.reader = reader;
    }

    public Uni<RecommendationView> recommend(long userId, int limit, ShoeFilter filter, boolean includeOwned) {
        ModelHolder.Serving serving = serving();
        Uni<CustomerDirectory> customers = serving.customers().knows(userId)
                ? Uni.createFrom().item(serving.customers())
                : reader.customer(userId);
        return customers.map(directory -> {
            if (!directory.knows(userId)) {
                throw new NotFound("User", userId);
            }
            Snapshot snapshot = serving.snapshot();
            List<Recommendation> picks = snapshot.recommend(userId, new RecommendationQuery(limit, filter,
                    !includeOwned, directory.ownedBy(userId), directory.profile(userId)));
            return new RecommendationView(userId, snapshot.version(), !snapshot.hasHistory(userId),
                    picks.stream().map(r -> RecommendationView.Item.of(r, snapshot.shoe(r.shoeId()))).toList());
        });
    }

    public Uni<SimilarView> similar(long shoeId, int limit, ShoeFilter filter) {
        Snapshot snapshot = serving().snapshot();
        if (snapshot.knowsShoe(shoeId)) {
            return Uni.createFrom().item(new SimilarView(shoeId, snapshot.version(),
                    snapshot.similar(shoeId, limit, filter).stream()
                            .map(s -> SimilarView.Item.of(s, snapshot.shoe(s.shoeId()))).toList()));
        }
        // A shoe added after the fit has no neighbours yet; one that does not exist is a 404.
        return reader.shoeExists(shoeId).map(exists -> {
            if (!exists) {
                throw new NotFound("Shoe", shoeId);
            }
            return new SimilarView(shoeId, snapshot.version(), List.of());
        });
    }

    private ModelHolder.Serving serving() {
        return holder.serving().orElseThrow(() -> new Unavailable(
                "The recommendation model is still being fitted; try again shortly"));
    }
}
