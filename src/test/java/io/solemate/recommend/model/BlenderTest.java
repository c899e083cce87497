package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BlenderTest {

    @Test
    void minMaxRescalesOverCandidatesOnly() {
        double[] scores = {100, 2, 4, 6, -50};
        int[] candidates = {1, 2, 3};
        Blender.minMax(scores, candidates, 3, 5);
        assertEquals(0.0, scores[1]);
        assertEquals(0.5, scores[2]);
        assertEquals(1.0, scores[3]);
    }

    @Test
    void constantOrMissingComponentsContributeNothing() {
        double[] constant = {3, 3, 3};
        Blender.minMax(constant, new int[] {0, 1, 2}, 3, 3);
        assertArrayEquals(new double[] {0, 0, 0}, constant);
        assertArrayEquals(new double[] {0, 0, 0}, Blender.minMax(null, new int[] {0}, 1, 3));
    }

    @Test
    void rangesOfFloatScoresMatchDoublesAndConstantNegativesReadAsPositiveZero() {
        float[] raw = {-7f, 0.25f, -1.5f, 9f};
        int[] candidates = {1, 2};
        Blender.Range range = Blender.Range.over(raw, candidates, 2);
        assertEquals(Blender.Range.over(new double[] {-7, 0.25, -1.5, 9}, candidates, 2), range);
        assertEquals(1.0, range.normalize(0.25));
        assertEquals(0.0, range.normalize(-1.5));
        // A constant component is NONE; a negative raw score must not come out as -0.0 in the JSON.
        Blender.Range constant = Blender.Range.over(new float[] {-2f, -2f}, new int[] {0, 1}, 2);
        assertEquals(Blender.Range.NONE, constant);
        assertEquals(0, Double.compare(0.0, constant.normalize(-2)));
        assertEquals(Blender.Range.NONE, Blender.Range.over(raw, new int[0], 0));
    }

    @Test
    void combineWeighsComponentsAndExcludesNonCandidates() {
        double[] collaborative = {1.0, 0.5, 0.0};
        double[] content = {0.0, 1.0, 0.5};
        double[] popularity = {0.5, 0.0, 1.0};
        double[] out = new double[3];
        Blender.combine(new BlendWeights(0.5, 0.3, 0.2), collaborative, content, popularity, new int[] {0, 2}, 2,
                out);
        assertEquals(0.5 * 1.0 + 0.3 * 0.0 + 0.2 * 0.5, out[0], 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, out[1]);
        assertEquals(0.5 * 0.0 + 0.3 * 0.5 + 0.2 * 1.0, out[2], 1e-12);
    }

    @Test
    void recommendationComponentsAddUpToTheScore() {
        Snapshot snapshot = new StoreFixture().fit();
        for (Recommendation r : snapshot.recommend(StoreFixture.userId(3), RecommendationQuery.top(10))) {
            assertEquals(r.score(), r.components().total(), 1e-9);
            assertEquals(true, r.components().collaborative() >= 0 && r.components().content() >= 0
                    && r.components().popularity() >= 0);
        }
    }
}
