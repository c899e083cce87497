package io.solemate.recommend.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.RankedPicks;
import io.solemate.recommend.serving.RecommendationAnswer;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Recommendations for one customer, each shoe with its score, where the score came from, and why. Written by
 * {@link AnswerJson}.
 */
@RegisterForReflection
public record RecommendationView(long userId, long modelVersion, boolean coldStart, List<Item> items) {

    public static RecommendationView of(RecommendationAnswer answer) {
        RankedPicks picks = answer.picks();
        Item[] items = new Item[picks.size()];
        for (int p = 0; p < items.length; p++) {
            items[p] = Item.of(picks, p);
        }
        return new RecommendationView(answer.userId(), answer.modelVersion(), answer.coldStart(), List.of(items));
    }

    /**
     * One pick. The score and its shares are 32-bit floats (what answers ranked ahead of time keep,
     * {@code PrecomputedAnswers}, so a pick reads the same either way), written to six decimals ({@link Decimals}).
     */
    @RegisterForReflection
    public record Item(long shoeId, String name, String brand, String category, String material, double price,
            boolean inStock, float score, Components components, Reason reason) {

        static Item of(RankedPicks picks, int p) {
            ShoeInfo shoe = picks.shoe(p);
            return new Item(shoe.id(), shoe.name(), shoe.brand(), shoe.category(), shoe.material(), shoe.price(),
                    shoe.inStock(), Decimals.round(picks.score(p)),
                    new Components(Decimals.round(picks.collaborative(p)), Decimals.round(picks.content(p)),
                            Decimals.round(picks.popularity(p))),
                    Reason.of(picks.reason(p)));
        }
    }

    /** Weighted, normalized contributions of each component group; they add up to the score. */
    @RegisterForReflection
    @Schema(name = "ComponentScores")
    public record Components(float collaborative, float content, float popularity) {

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
