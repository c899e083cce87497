package io.solemate.recommend.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.ScoredShoe;
import java.util.List;

/**
 * Shoes most like one shoe, by the content model's cosine similarity, written as a 32-bit float (seven significant
 * digits) like the scores of recommendations. Written by {@link AnswerJson}.
 */
@RegisterForReflection
public record SimilarView(long shoeId, long modelVersion, List<Item> items) {

    @RegisterForReflection
    public record Item(long shoeId, String name, String brand, String category, String material, double price,
            boolean inStock, float similarity) {

        public static Item of(ScoredShoe scored, ShoeInfo shoe) {
            return new Item(shoe.id(), shoe.name(), shoe.brand(), shoe.category(), shoe.material(), shoe.price(),
                    shoe.inStock(), (float) scored.score());
        }
    }
}
