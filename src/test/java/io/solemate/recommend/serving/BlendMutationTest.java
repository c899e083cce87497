package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The blend on six shoes, most popular first (a new class: Blend and its test are being rewritten by the lead):
 * running shoes 0 and 1 are colourways of one style, 2 and 3 are sandals, 4 and 5 boots. User 0 bought shoe 5; the
 * tuned weights are popularity's alone.
 */
class BlendMutationTest {

    private static final String[] CATEGORIES = {"running", "running", "sandals", "sandals", "boots", "boots"};
    private static final UserInfo LIKES_SANDALS = new UserInfo(9, null, null, "sandals", null, null);
    private static final BlendWeights POPULARITY = BlendWeights.minMax(Map.of(Component.POPULARITY, 1.0));

    private final Catalog catalog = catalog();
    private final ModelParts parts = parts();
    private final Blend blend = new Blend(catalog, parts, POPULARITY);
    private final Scratch scratch = blend.newScratch();
    private final Candidates all = new Candidates(new int[] {0, 1, 2, 3, 4, 5}, 6);

    private static Catalog catalog() {
        ShoeInfo[] shoes = new ShoeInfo[CATEGORIES.length];
        for (int i = 0; i < shoes.length; i++) {
            shoes[i] = new ShoeInfo(i, null, null, CATEGORIES[i], null, null, null, null, 10, true, true, null,
                    i < 2 ? "runner" : null, null);
        }
        return new Catalog(shoes);
    }

    private ModelParts parts() {
        InteractionMatrix.Builder history = new InteractionMatrix.Builder(1, CATEGORIES.length);
        history.add(0, 5, 1f, EventKind.PURCHASE, 0);
        return new ModelParts(history.build().damped(), MostPopular.of(new double[] {10, 9, 8, 7, 6, 5}), null, null,
                null, ContentModel.fit(catalog.documents()));
    }

    @Test
    void keepsTheWeightsItWasTunedWith() {
        assertSame(POPULARITY, blend.tuned());
    }

    @Test
    void unlessAllVariantsAreAskedForOnlyTheBestColourwayOfAStyleIsRanked() {
        assertArrayEquals(new int[] {0, 2, 3}, blend.rank(0, null, all, 3, false, scratch).items());
        assertArrayEquals(new int[] {0, 1, 2}, blend.rank(0, null, all, 3, true, scratch).items());
    }

    @Test
    void coldStartPopularityPromotesOnlyTheStatedCategory() {
        Blend.Ranking ranking = blend.rank(-1, LIKES_SANDALS, all, 6, scratch);
        for (int t = 0; t < ranking.items().length; t++) {
            boolean sandal = ranking.items()[t] == 2 || ranking.items()[t] == 3;
            assertEquals(sandal, ranking.shares()[t].popularity() > 0, "shoe " + ranking.items()[t]);
        }
    }

    @Test
    void validationRanksAShopperWithHistoryOverEveryCategory() {
        Blend.Prepared prepared = blend.prepare(0, LIKES_SANDALS, all, Normalization.MINMAX, scratch);
        assertArrayEquals(new int[] {0, 1}, prepared.top(POPULARITY, 2, new double[6]));
        assertTrue(parts.hasHistory(0));
    }
}
