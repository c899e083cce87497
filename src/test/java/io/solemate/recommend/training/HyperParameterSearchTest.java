package io.solemate.recommend.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemToItem;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.serving.Component;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperParameterSearchTest {

    private final TrainingData data = new StoreFixture().data();
    private final Catalog catalog = new Catalog(data.shoes());
    private final IdIndex users = data.userIndex(catalog);

    private HyperParameterSearch search(FitConfig config) {
        InteractionMatrix full = InteractionMatrix.of(data.interactions(), catalog, users, config.weights(),
                StoreFixture.NOW);
        ValidationSplit split = ValidationSplit.draw(full, data.interactions(), catalog, users, config.validationUsers(),
                config.seed());
        Map<Double, HyperParameterSearch.Matrices> cache = new HashMap<>();
        return new HyperParameterSearch(config, catalog, split, h -> cache.computeIfAbsent(h, days -> {
            InteractionMatrix m = InteractionMatrix.of(data.interactions(), catalog, users,
                    config.weights().withHalfLife(days), StoreFixture.NOW);
            return new HyperParameterSearch.Matrices(m, m.without(split.mask(m, split.random())),
                    m.without(split.mask(m, split.temporal())));
        }), System.nanoTime());
    }

    private static FitConfig config(int easeMaxItems, long searchMillis) {
        return new FitConfig(8, 8, 4, 0.1f, 10f, 2, EventWeights.defaults(), 42L, 60, easeMaxItems, 30,
                searchMillis);
    }

    @Test
    void withoutBudgetKeepsTheConfiguredSettingsAfterOneFitEach() {
        HyperParameterSearch search = search(config(5_000, 0));
        Map<Component, HyperParameterSearch.Choice> choices = search.searchAll();
        assertEquals(java.util.Set.copyOf(HyperParameterSearch.ORDER), choices.keySet());
        HyperParameterSearch.Choice als = choices.get(Component.ALS);
        assertEquals(90, als.halfLifeDays());
        assertEquals(Map.of("factors", 8.0, "regularization", (double) 0.1f, "alpha", 10.0), als.parameters());
        assertTrue(Double.isNaN(als.temporalNdcg()), "no decay was tried");
        assertTrue(als.ndcg() > 0);
        Map<String, String> summary = search.summary(5);
        assertEquals("60", summary.get("validationUsers"));
        assertEquals("0", summary.get("acceptedMoves"));
        assertEquals(String.valueOf(HyperParameterSearch.ORDER.size()), summary.get("trials"),
                "one fit per component, nothing more: " + summary);
        assertEquals("0", summary.get("budgetMillis"));
        assertEquals("5", summary.get("millis"));
        // Each component's decay trials, and each parameter's: 2 + 4 + 2 + 1.
        assertEquals("9", summary.get("skippedForBudget"));
    }

    @Test
    void withBudgetTriesEveryHalfLifeAndParameterAndIsRepeatable() {
        HyperParameterSearch first = search(config(5_000, 600_000));
        Map<Component, HyperParameterSearch.Choice> a = first.searchAll();
        Map<Component, HyperParameterSearch.Choice> b = search(config(5_000, 600_000)).searchAll();
        for (Component component : HyperParameterSearch.ORDER) {
            Map<String, String> described = first.describe(component, a.get(component));
            assertEquals(described, first.describe(component, b.get(component)), component.name());
            assertTrue(List.of("none", "90", "360").contains(described.get("halfLifeDays")), described.toString());
            assertNotNull(described.get("temporalValidationNdcg@10"), described.toString());
        }
        assertEquals("EASE", first.describe(Component.ITEM_ITEM, a.get(Component.ITEM_ITEM)).get("method"));
        // Three half-lives and the starting point for each component, then two more values per parameter (EASE's
        // λ, ALS's three, PureSVD's factors), and one no-decay trial on the random hold-out per decay that won.
        Map<String, String> summary = first.summary(0);
        int checked = Integer.parseInt(summary.get("decaysCheckedOnRandom"));
        assertTrue(checked > 0, "the fixture has a decay that wins on the temporal hold-out: " + summary);
        assertEquals(String.valueOf(4 * 4 + 2 * (1 + 3 + 1) + checked), summary.get("trials"));
        assertEquals("0", summary.get("skippedForBudget"));
        int decayed = 0;
        for (Component component : HyperParameterSearch.ORDER) {
            decayed += a.get(component).halfLifeDays() != 0 ? 1 : 0;
        }
        assertEquals(checked - Integer.parseInt(summary.get("decaysRefusedOnRandom")), decayed,
                "every decay kept was checked on the random hold-out, every refused one reverted to none");
    }

    @Test
    void aboveTheEaseCapTheItemToItemComponentIsRp3beta() {
        HyperParameterSearch search = search(config(10, 0));
        HyperParameterSearch.Choice choice = search.search(Component.ITEM_ITEM);
        assertEquals(ItemToItem.Method.RP3BETA, ((ItemToItem) choice.scorer()).method());
        assertEquals(Map.of("alpha", 1.0, "beta", 0.5), choice.parameters());
        Map<String, String> described = search.describe(Component.ITEM_ITEM, choice);
        assertEquals("RP3BETA", described.get("method"));
        assertEquals("0.5", described.get("beta"));
        assertEquals("90", described.get("halfLifeDays"));
    }

    @Test
    void candidatesStartFromTheConfiguredValue() {
        assertArrayEquals(new double[] {30, 60, 120},
                HyperParameterSearch.candidates(Component.PURE_SVD, "factors", 30));
        assertArrayEquals(new double[] {10, 1, 50},
                HyperParameterSearch.candidates(Component.ALS, "regularization", 10));
        assertArrayEquals(new double[] {2, 1, 8}, HyperParameterSearch.candidates(Component.ALS, "alpha", 2));
        assertArrayEquals(new double[] {1, 0.5}, HyperParameterSearch.candidates(Component.ITEM_ITEM, "alpha", 1));
        assertArrayEquals(new double[] {2, 0.5, 8},
                HyperParameterSearch.candidates(Component.ITEM_ITEM, "lambdaPerMeanGramDiagonal", 2));
        assertArrayEquals(new double[] {0.5, 0.3, 0.7},
                HyperParameterSearch.candidates(Component.ITEM_ITEM, "beta", 0.5));
        assertEquals(0.25, HyperParameterSearch.mean(new double[] {0, 0.5}));
        assertEquals(0, HyperParameterSearch.mean(new double[0]));
    }
}
