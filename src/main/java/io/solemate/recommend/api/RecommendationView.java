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
                    Reason.of(recommendation.reason()));
        }
    }

    /**
     * Why: the kind (what it rests on), the sentence, and for an anchored kind the shoe of the customer's history
     * and their own strongest event on it ({@code view}, {@code like}, {@code cart}, {@code purchase},
     * {@code rating}), which is the sentence's verb.
     */
    @RegisterForReflection
    public record Reason(String kind, String text, @Schema(nullable = true) Long anchorShoeId,
            @Schema(nullable = true) String anchorEvent) {

        static Reason of(io.solemate.recommend.serving.Reason reason) {
            return new Reason(reason.kind().name(), reason.text(), reason.anchorShoeId(),
                    reason.anchorEvent() == null ? null : reason.anchorEvent().dbValue());
        }
    }
}
