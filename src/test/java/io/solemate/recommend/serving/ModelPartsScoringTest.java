package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.ContentModel.Field;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemToItem;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.PureSvd;
import io.solemate.recommend.model.UserInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each component scores for one request, against the fitted models themselves, on four shoes. */
class ModelPartsScoringTest {

    /** Users x shoes; user 3 has no history. */
    private static final float[][] RATINGS = {{2, 1, 0, 0}, {0, 3, 1, 0}, {0, 0, 2, 1}, {0, 0, 0, 0}};
    private static final int SHOES = 4;

    private final InteractionMatrix raw = matrix();
    private final InteractionMatrix damped = raw.damped();
    private final PureSvd svd = new PureSvd(damped, PureSvd.fit(damped, 2));
    private final ImplicitAls als = ImplicitAls.fit(damped, 2, 3, 0.1f, 2f, 1, 1);
    private final ContentModel content = ContentModel.fit(List.of(List.of(new Field("red boot", 1)),
            List.of(new Field("blue boot", 1)), List.of(new Field("red sandal", 1)), List.of(new Field("green clog", 1))));
    private final ModelParts parts = new ModelParts(damped, MostPopular.fit(raw), svd, als, null, content);
    private final Scratch scratch = new Scratch(SHOES, content.newQuery().length, SHOES);
    private final double[] out = new double[SHOES];
    /** Every shoe a candidate, so each component writes its whole score array. */
    private final Candidates everyShoe = new Candidates(new int[] {0, 1, 2, 3}, SHOES);

    private static InteractionMatrix matrix() {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(RATINGS.length, SHOES);
        for (int u = 0; u < RATINGS.length; u++) {
            for (int i = 0; i < SHOES; i++) {
                if (RATINGS[u][i] != 0) {
                    builder.add(u, i, RATINGS[u][i], EventKind.PURCHASE, 0);
                }
            }
        }
        return builder.build();
    }

    private boolean score(Component component, int user, UserInfo profile, long[] scope) {
        return parts.score(component, user, profile, scope, scratch, out, everyShoe);
    }

    @Test
    void collaborativeComponentsScoreShoppersWithHistoryOnly() {
        for (int u = 0; u < 3; u++) {
            assertTrue(parts.hasHistory(u));
            assertTrue(score(Component.PURE_SVD, u, null, null));
            for (int i = 0; i < SHOES; i++) {
                assertEquals(svd.score(u, i), out[i], 1e-6);
            }
            assertTrue(score(Component.ALS, u, null, null));
            for (int i = 0; i < SHOES; i++) {
                assertEquals(als.score(u, i), out[i], 1e-6);
                assertEquals(als.score(u, i), parts.collaborativeScore(u, i));
            }
        }
        for (int u : new int[] {3, -1}) {
            assertFalse(parts.hasHistory(u));
            assertFalse(score(Component.PURE_SVD, u, null, null));
            assertFalse(score(Component.ALS, u, null, null));
        }
    }

    @Test
    void componentsNotFittedSayNothing() {
        ModelParts svdOnly = new ModelParts(damped, MostPopular.fit(raw), svd, null, null, content);
        assertTrue(svdOnly.has(Component.PURE_SVD) && !svdOnly.has(Component.ALS));
        assertFalse(svdOnly.score(Component.ALS, 0, null, null, scratch, out, everyShoe));
        assertEquals(svd.score(0, 2), svdOnly.collaborativeScore(0, 2));
        ModelParts neither = new ModelParts(damped, MostPopular.fit(raw), null, null, null, content);
        assertFalse(neither.has(Component.PURE_SVD) || neither.has(Component.ALS));
        assertFalse(neither.score(Component.PURE_SVD, 0, null, null, scratch, out, everyShoe));
        assertTrue(Double.isNaN(neither.collaborativeScore(0, 2)));
        assertTrue(neither.has(Component.CONTENT) && neither.has(Component.POPULARITY));
    }

    @Test
    void popularityIsTheTotalWeightWithinTheScope() {
        assertTrue(score(Component.POPULARITY, -1, null, null));
        assertArrayEquals(new double[] {2, 4, 3, 1}, out, 1e-6);
        long[] shoesOneAndThree = {0b1010};
        assertTrue(score(Component.POPULARITY, 0, null, shoesOneAndThree));
        assertArrayEquals(new double[] {0, 4, 0, 1}, out, 1e-6);
    }

    @Test
    void contentIsTheUnitHistoryProfileNudgedByStatedTastes() {
        // User 0 holds shoes 0 and 1 with damped weights ln 3 and ln 2.
        double w0 = Math.log(3);
        double w1 = Math.log(2);
        double norm = Math.sqrt(w0 * w0 + w1 * w1 + 2 * w0 * w1 * content.cosine(0, 1));
        double[] history = new double[SHOES];
        for (int i = 0; i < SHOES; i++) {
            history[i] = (w0 * content.cosine(0, i) + w1 * content.cosine(1, i)) / norm;
        }
        assertTrue(score(Component.CONTENT, 0, null, null));
        assertArrayEquals(history, out, 1e-5);

        UserInfo likesSandals = new UserInfo(1, null, null, "sandal", null, null);
        double[] taste = new double[SHOES];
        float[] query = content.newQuery();
        content.addText(Catalog.document(likesSandals), 1f, query);
        content.score(query, taste);
        assertTrue(taste[2] > 0, "the stated taste matches shoe 2");
        assertTrue(score(Component.CONTENT, 0, likesSandals, null));
        for (int i = 0; i < SHOES; i++) {
            assertEquals(history[i] + 0.3 * taste[i], out[i], 1e-5, "shoe " + i);
        }
        // Without history the stated taste is the whole query; with neither, content has nothing to say.
        assertTrue(score(Component.CONTENT, 3, likesSandals, null));
        assertArrayEquals(taste, out, 1e-6);
        assertFalse(score(Component.CONTENT, 3, null, null));
        assertFalse(score(Component.CONTENT, -1, new UserInfo(2, "women", 40f, null, null, null), null));
    }

    @Test
    void aCustomerServedAloneIsScoredByTheirOwnFactorsWhenTheTrainerFittedThem() {
        InteractionMatrix ownRow = row(1);
        float[] factors = {0.5f, -1f};
        ModelParts mine = parts.forCustomer(ownRow, factors);
        assertTrue(mine.has(Component.ALS));
        assertFalse(mine.has(Component.PURE_SVD) || mine.has(Component.ITEM_ITEM), "they need the whole history");
        // The shared scratch still holds user 0's scores by the whole model: a customer's own parts recompute.
        assertTrue(score(Component.ALS, 0, null, null));
        assertTrue(mine.score(Component.ALS, 0, null, null, scratch, out, everyShoe));
        ImplicitAls own = als.forCustomer(factors);
        for (int i = 0; i < SHOES; i++) {
            assertEquals(own.score(0, i), out[i], 1e-6, "shoe " + i);
        }
        assertEquals(4.0, mine.popularity(1), 1e-6, "popularity is the whole model's");
        assertFalse(parts.forCustomer(ownRow, null).has(Component.ALS), "no factors from the trainer");
        ModelParts svdOnly = new ModelParts(damped, MostPopular.fit(raw), svd, null, null, content);
        assertFalse(svdOnly.forCustomer(ownRow, factors).has(Component.ALS), "no ALS in the model");
    }

    @Test
    void aHistoryOfShoesWithoutTextGivesContentNothingToSay() {
        ContentModel lastUntitled = ContentModel.fit(List.of(List.of(new Field("red boot", 1)),
                List.of(new Field("blue boot", 1)), List.of(new Field("red sandal", 1)), List.of(new Field("", 1))));
        ModelParts untitled = new ModelParts(damped, MostPopular.fit(raw), null, null, null, lastUntitled)
                .forCustomer(row(3), null);
        assertTrue(untitled.hasHistory(0));
        assertFalse(untitled.score(Component.CONTENT, 0, null, null, scratch, out, everyShoe));
    }

    @Test
    void memoryIsCountedPerPart() {
        var memory = parts.memoryByPart();
        assertEquals(svd.memoryBytes() + als.memoryBytes(), memory.get("collaborativeFactors"));
        assertEquals(0L, memory.get("componentHistories"), "PureSVD reads the served history");
        assertEquals(content.memoryBytes(), memory.get("tfidfIndex"));
        assertEquals(MostPopular.fit(raw).memoryBytes(), memory.get("popularity"));
    }

    /** Reasons read the tie between two shoes from the collaborative component the blend weighs most. */
    @Test
    void affinityComesFromTheMostWeightedFittedCollaborativeComponent() {
        double alsTie = als.itemFactors().dot(0, 1);
        double svdTie = svd.factors().dot(0, 1);
        assertTrue(alsTie != svdTie);
        assertEquals(alsTie, affinity(parts, Component.ALS, 0.6, Component.PURE_SVD, 0.2), 1e-12);
        assertEquals(svdTie, affinity(parts, Component.ALS, 0.2, Component.PURE_SVD, 0.6), 1e-12);
        assertEquals(svdTie, affinity(parts, Component.ALS, 0.4, Component.PURE_SVD, 0.4), 1e-12,
                "a tie goes to the first in component order");
        ModelParts svdOnly = new ModelParts(damped, MostPopular.fit(raw), svd, null, null, content);
        assertEquals(svdTie, affinity(svdOnly, Component.ALS, 0.6, Component.PURE_SVD, 0.2), 1e-12, "ALS not fitted");
        assertNull(parts.collaborativeAffinity(BlendWeights.minMax(Map.of(Component.CONTENT, 1.0))),
                "no collaborative weight: no tie to name");
        ItemToItem ease = ItemToItem.ease(damped, 1, 3);
        ModelParts withEase = new ModelParts(damped, MostPopular.fit(raw), svd, als, ease, content);
        assertEquals(ease.weight(0, 1), withEase.collaborativeAffinity(BlendWeights.minMax(
                Map.of(Component.ITEM_ITEM, 0.5, Component.ALS, 0.1))).between(0, 1), 1e-12);
    }

    private static double affinity(ModelParts parts, Component a, double weightA, Component b, double weightB) {
        return parts.collaborativeAffinity(BlendWeights.minMax(Map.of(a, weightA, b, weightB))).between(0, 1);
    }

    /** A one-row history: the customer (user 0) bought only {@code shoe}. */
    private static InteractionMatrix row(int shoe) {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(1, SHOES);
        builder.add(0, shoe, 1f, EventKind.PURCHASE, 0);
        return builder.build().damped();
    }
}
