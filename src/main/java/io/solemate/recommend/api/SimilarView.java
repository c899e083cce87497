package io.solemate.recommend.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.serving.ScoredShoe;
import io.solemate.recommend.serving.SimilarAnswer;
import java.util.List;

/**
 * Shoes most like one shoe, by the content model's cosine similarity, written to six decimals like the scores of
 * recommendations ({@link Decimals}). Written by {@link AnswerJson}.
 */
@RegisterForReflection
public record SimilarView(long shoeId, long modelVersion, List<Item> items) {

    public static SimilarView of(SimilarAnswer answer) {
        Item[] items = new Item[answer.shoes().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = Item.of(answer.shoes().get(i), answer.catalog().shoe(answer.shoeIndex(i)));
        }
        return new SimilarView(answer.shoeId(), answer.modelVersion(), List.of(items));
    }

    @RegisterForReflection
    public record Item(long shoeId, String name, String brand, String category, String material, double price,
            boolean inStock, float similarity) {

        static Item of(ScoredShoe scored, ShoeInfo shoe) {
            return new Item(shoe.id(), shoe.name(), shoe.brand(), shoe.category(), shoe.material(), shoe.price(),
                    shoe.inStock(), Decimals.round((float) scored.score()));
        }
    }
}
