package io.solemate.recommend.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.Component;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The blends validation tries: each a split of one unit of weight, every component alone among them. */
class BlendGridTest {

    private final List<BlendWeights> grid = ModelFitter.grid();

    @Test
    void everyBlendWeighsOneInAll() {
        for (BlendWeights blend : grid) {
            assertEquals(1.0, blend.collaborative() + blend.content() + blend.popularity(), 1e-9, blend.toString());
        }
    }

    @Test
    void holdsEachComponentAlone() {
        for (Component component : Component.values()) {
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
