package io.solemate.recommend.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.ComponentScores;
import io.solemate.recommend.serving.Recommendation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Recommendations for one customer, each shoe with its score, where the score came from, and why. */
@RegisterForReflection
public record RecommendationView(long userId, long modelVersion, boolean coldStart, List<Item> items) {

    @RegisterForReflection
    public record Item(long shoeId, String name, String brand, String category, String material, double price,
            boolean inStock, double score, ComponentScores components, Reason reason) {

        public static Item of(Recommendation recommendation, ShoeInfo shoe) {
            return new Item(shoe.id(), shoe.name(), shoe.brand(), shoe.category(), shoe.material(), shoe.price(),
                    shoe.inStock(), recommendation.score(), recommendation.components(),
                    new Reason(recommendation.reason().kind().name(), recommendation.reason().text(),
                            recommendation.reason().anchorShoeId()));
        }
    }

    @RegisterForReflection
    public record Reason(String kind, String text, @Schema(nullable = true) Long anchorShoeId) {
    }
}
