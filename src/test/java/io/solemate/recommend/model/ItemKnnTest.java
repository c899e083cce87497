package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** ItemKNN against cosine similarities worked out by hand. */
class ItemKnnTest {

    /**
     * Columns: item 0 = (1, 2, 0, 0), item 1 = (2, 0, 1, 0), item 2 = (0, 1, 3, 0), item 3 = (0, 0, 0, 1). Norms √5, √5,
     * √10, 1; dot products 0·1 = 2, 0·2 = 2, 1·2 = 3, item 3 shares no user. Cosines: 0-1 2/5, 0-2 2/√50, 1-2 3/√50.
     */
    private static final float[][] RATINGS = {
        {1, 2, 0, 0},
        {2, 0, 1, 0},
        {0, 1, 3, 0},
        {0, 0, 0, 1}};
    private static final double COS_01 = 2 / 5.0;
    private static final double COS_02 = 2 / Math.sqrt(50);
    private static final double COS_12 = 3 / Math.sqrt(50);

    @Test
    void scoresSumCosinesToTheHistoryWeightedByInteraction() {
        ItemKnn knn = ItemKnn.fit(ImplicitAlsTest.matrix(RATINGS), 3);
        // User 0 holds item 0 (weight 1) and item 1 (weight 2); items never co-bought with anything score nothing.
        assertArrayEquals(new double[] {2 * COS_01, COS_01, COS_02 + 2 * COS_12, 0}, scores(knn, 0), 1e-6);
        assertArrayEquals(new double[] {COS_01 + 3 * COS_02, 3 * COS_12, COS_12, 0}, scores(knn, 2), 1e-6);
        assertArrayEquals(new double[] {0, 0, 0, 0}, scores(knn, 3), 1e-6);
    }

    @Test
    void keepsOnlyTheMostSimilarNeighbours() {
        ItemKnn knn = ItemKnn.fit(ImplicitAlsTest.matrix(RATINGS), 1);
        // Nearest: item 0 -> 1 (2/5 > 2/√50), item 1 -> 2 (3/√50 > 2/5), item 2 -> 1.
        assertArrayEquals(new double[] {0, COS_01, 2 * COS_12, 0}, scores(knn, 0), 1e-6);
        assertArrayEquals(new double[] {0, 3 * COS_12, COS_12, 0}, scores(knn, 2), 1e-6);
    }

    private static double[] scores(ItemKnn knn, int user) {
        double[] out = new double[RATINGS[0].length];
        knn.score(user, out);
        return out;
    }
}
