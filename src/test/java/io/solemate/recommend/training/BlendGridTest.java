package io.solemate.recommend.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.Component;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The blends validation tries: each a split of one unit of weight (to the three decimals the grid rounds to), every
 * collaborative component alone among them. Content and popularity alone are ranked as single components beside
 * the grid ({@code ModelFitter.tune}), not in it.
 */
class BlendGridTest {

    private final List<BlendWeights> grid = ModelFitter.grid();

    @Test
    void everyBlendWeighsOneInAll() {
        for (BlendWeights blend : grid) {
            assertEquals(1.0, blend.collaborative() + blend.content() + blend.popularity(), 0.0015, blend.toString());
        }
    }

    @Test
    void holdsEachCollaborativeComponentAlone() {
        for (Component component : List.of(Component.PURE_SVD, Component.ALS, Component.ITEM_ITEM)) {
            assertTrue(grid.contains(BlendWeights.minMax(Map.of(component, 1.0))), component.label());
        }
    }

    @Test
    void triesAFullyCollaborativeBlendOncePerChoiceOfComponents() {
        for (Component component : List.of(Component.PURE_SVD, Component.ALS)) {
            BlendWeights alone = BlendWeights.minMax(Map.of(component, 1.0));
            assertEquals(1, grid.stream().filter(alone::equals).count(), component.label());
        }
        BlendWeights both = BlendWeights.minMax(Map.of(Component.PURE_SVD, 0.5, Component.ALS, 0.5));
        assertEquals(1, grid.stream().filter(both::equals).count());
    }
}
