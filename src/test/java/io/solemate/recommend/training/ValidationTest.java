package io.solemate.recommend.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.ModelStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The validation figures a fit records and the blend it picks with them. The planted store has strong structure, so
 * held-out purchases are found well above chance; and since the blend grid holds every single component on its own,
 * the chosen blend can never score below the best of them.
 *
 * <p>Each test fits its own model: mutation testing attributes what a {@code @BeforeAll} runs to one test only, and
 * would then check a mutated fit against that test alone.
 */
class ValidationTest {

    private final ModelStats stats = new StoreFixture().fit().stats();

    @Test
    void reportsEverySingleComponentAndTheHybrid() {
        assertEquals(List.of("MostPopular", "PureSVD", "ALS", "ItemItem", "Content", "Hybrid"), List.copyOf(stats.validation().keySet()));
        for (Map<String, Double> metrics : stats.validation().values()) {
            assertEquals(List.of("ndcg@10", "recall@10"), List.copyOf(metrics.keySet()));
        }
    }

    @Test
    void heldOutPurchasesAreFoundAndFiguresAreProperMeans() {
        for (var e : stats.validation().entrySet()) {
            double ndcg = e.getValue().get("ndcg@10");
            double recall = e.getValue().get("recall@10");
            assertTrue(ndcg > 0 && ndcg <= 1 && recall > 0 && recall <= 1, e.getKey() + ": " + e.getValue());
        }
        // Eight tastes of ten shoes each, most of them already seen: a collaborative model finds what is left.
        for (String model : List.of("PureSVD", "ALS", "Hybrid")) {
            assertTrue(stats.validation().get(model).get("ndcg@10") > 0.3, model + ": " + stats.validation());
        }
    }

    @Test
    void chosenBlendIsAtLeastTheBestSingleComponent() {
        double hybrid = stats.validation().get("Hybrid").get("ndcg@10");
        for (var e : stats.validation().entrySet()) {
            assertTrue(hybrid >= e.getValue().get("ndcg@10"), "Hybrid " + hybrid + " below " + e.getKey());
        }
    }

    @Test
    void chosenBlendWeighsOneInAll() {
        BlendWeights chosen = stats.blendWeights();
        assertEquals(1.0, chosen.collaborative() + chosen.content() + chosen.popularity(), 1e-9, chosen.toString());
    }
}
