package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.StoreFixture;
import org.junit.jupiter.api.Test;

class BlendTest {

    @Test
    void minMaxRescalesOverCandidatesOnly() {
        double[] scores = {100, 2, 4, 6, -50};
        Normalization.Scale scale = Normalization.MINMAX.fit(scores, new int[] {1, 2, 3}, 3);
        assertEquals(0.0, scale.normalize(scores[1]));
        assertEquals(0.5, scale.normalize(scores[2]));
        assertEquals(1.0, scale.normalize(scores[3]));
    }

    @Test
    void constantComponentsContributeNothingAndNeverAsNegativeZero() {
        Normalization.Scale constant = Normalization.MINMAX.fit(new double[] {-2, -2}, new int[] {0, 1}, 2);
        assertEquals(Normalization.Scale.NONE, constant);
        // A negative raw score must not come out as -0.0 in the JSON.
        assertEquals(0, Double.compare(0.0, constant.normalize(-2)));
        assertEquals(Normalization.Scale.NONE, Normalization.MINMAX.fit(new double[] {1, 2}, new int[0], 0));
    }

    @Test
    void recommendationComponentsAddUpToTheScore() {
        ServedModel model = new StoreFixture().fit();
        for (Recommendation r : model.recommend(StoreFixture.userId(3), RecommendationQuery.top(10))) {
            assertEquals(r.score(), r.components().total(), 1e-9);
            assertTrue(r.components().collaborative() >= 0 && r.components().content() >= 0
                    && r.components().popularity() >= 0);
        }
    }
}
