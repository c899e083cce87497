package io.solemate.recommend.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.ComponentScores;
import io.solemate.recommend.serving.Recommendation;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Recommendations for one customer, each shoe with its score, where the score came from, and why. Written by
 * {@link AnswerJson}.
 */
@RegisterForReflection
public record RecommendationView(long userId, long modelVersion, boolean coldStart, List<Item> items) {

    /**
     * One pick. The score and its shares are written as 32-bit floats (seven significant digits): the precision
     * answers ranked ahead of time keep ({@code PrecomputedAnswers}), so a pick reads the same either way.
     */
    @RegisterForReflection
    public record Item(long shoeId, String name, String brand, String category, String material, double price,
            boolean inStock, float score, Components components, Reason reason) {

        public static Item of(Recommendation recommendation, ShoeInfo shoe) {
            return new Item(shoe.id(), shoe.name(), shoe.brand(), shoe.category(), shoe.material(), shoe.price(),
                    shoe.inStock(), (float) recommendation.score(), Components.of(recommendation.components()),
                    Reason.of(recommendation.reason()));
        }
    }

    /** Weighted, normalized contributions of each component group; they add up to the score. */
    @RegisterForReflection
    @Schema(name = "ComponentScores")
    public record Components(float collaborative, float content, float popularity) {

        static Components of(ComponentScores scores) {
            return new Components((float) scores.collaborative(), (float) scores.content(),
                    (float) scores.popularity());
        }

        public double total() {
            return (double) collaborative + content + popularity;
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
