package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import org.junit.jupiter.api.Test;

class ItemToItemTest {

    /** Four users over two items: item 0 bought by users 0-2, item 1 by users 0 and 3 (values as given). */
    private static InteractionMatrix twoItems(float user0Item1) {
        InteractionMatrix.Builder b = new InteractionMatrix.Builder(4, 2);
        b.add(0, 0, 1f, EventKind.PURCHASE, 0);
        b.add(0, 1, user0Item1, EventKind.PURCHASE, 0);
        b.add(1, 0, 1f, EventKind.PURCHASE, 0);
        b.add(2, 0, 1f, EventKind.PURCHASE, 0);
        b.add(3, 1, 1f, EventKind.PURCHASE, 0);
        return b.build();
    }

    /**
     * With two items, G + λI = [[a+λ, c], [c, b+λ]] and EASE's weight from item i to item j is c / (G_ii + λ):
     * here a = 3, b = 2, c = 1, λ = 1, so 0 → 1 weighs 1/4 and 1 → 0 weighs 1/3.
     */
    @Test
    void easeMatchesTheClosedFormOnTwoItems() {
        ItemToItem ease = ItemToItem.ease(twoItems(1f), 1.0, 10);
        assertEquals(ItemToItem.Method.EASE, ease.method());
        double[] scores = new double[2];
        ease.score(1, scores);
        assertArrayEquals(new double[] {0, 0.25}, scores, 1e-7);
        ease.score(3, scores);
        assertArrayEquals(new double[] {1.0 / 3, 0}, scores, 1e-7);
        ease.score(0, scores);
        assertArrayEquals(new double[] {1.0 / 3, 0.25}, scores, 1e-7);
        assertEquals(0.25, ease.score(1, 1), 1e-7);
        assertEquals(0, ease.score(1, 0), 1e-7);
        assertEquals(0.25, ease.weight(0, 1), 1e-7);
        assertEquals(1.0 / 3, ease.weight(1, 0), 1e-7);
        assertEquals(0, ease.weight(0, 0), "no weight to itself");
    }

    /** 30 users buying each of 9 items with probability 0.4: EASE weights of both signs. */
    private static InteractionMatrix random() {
        java.util.Random random = new java.util.Random(8);
        InteractionMatrix.Builder b = new InteractionMatrix.Builder(30, 9);
        for (int u = 0; u < 30; u++) {
            for (int i = 0; i < 9; i++) {
                if (random.nextDouble() < 0.4) {
                    b.add(u, i, 1f + random.nextInt(3), EventKind.PURCHASE, 0);
                }
            }
        }
        return b.build();
    }

    /** Against an independent Gauss-Jordan inverse: every weight is EASE's. */
    @Test
    void easeMatchesAnExplicitInverse() {
        InteractionMatrix m = random();
        double lambda = 2.5;
        int n = m.cols();
        double[][] g = new double[n][n];
        for (int u = 0; u < m.rows(); u++) {
            for (int p = m.rowStart(u); p < m.rowEnd(u); p++) {
                for (int q = m.rowStart(u); q < m.rowEnd(u); q++) {
                    g[m.colIndex(p)][m.colIndex(q)] += m.value(p) * m.value(q);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            g[i][i] += lambda;
        }
        double[][] p = invert(g);
        ItemToItem ease = ItemToItem.ease(m, lambda, n);
        double[] scores = new double[n];
        for (int u = 0; u < 6; u++) {
            ease.score(u, scores);
            for (int j = 0; j < n; j++) {
                double expected = 0;
                for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
                    int i = m.colIndex(k);
                    expected += i == j ? 0 : m.value(k) * -p[i][j] / p[j][j];
                }
                assertEquals(expected, scores[j], 1e-6, "user " + u + " item " + j);
            }
        }
    }

    /** Kept weights are the largest in magnitude, negative ones included. */
    @Test
    void keepsTheLargestWeightsByMagnitude() {
        InteractionMatrix m = random();
        ItemToItem all = ItemToItem.ease(m, 2.5, 9);
        ItemToItem two = ItemToItem.ease(m, 2.5, 2);
        assertEquals(9 * 2, two.memoryBytes() / 8 - (9 + 1) / 2, 1);
        for (int i = 0; i < 9; i++) {
            InteractionMatrix.Builder single = new InteractionMatrix.Builder(1, 9);
            single.add(0, i, 1f, EventKind.PURCHASE, 0);
            InteractionMatrix one = single.build();
            double[] full = new double[9];
            double[] kept = new double[9];
            all.withHistory(one).score(0, full);
            two.withHistory(one).score(0, kept);
            double[] magnitudes = new double[9];
            for (int j = 0; j < 9; j++) {
                magnitudes[j] = full[j] == 0 ? Double.NEGATIVE_INFINITY : Math.abs(full[j]);
            }
            int[] top = TopK.select(magnitudes, 2);
            for (int j = 0; j < 9; j++) {
                boolean isTop = j == top[0] || j == top[1];
                assertEquals(isTop ? full[j] : 0, kept[j], 1e-7, "row " + i + " column " + j);
            }
        }
        assertTrue(hasNegative(all, m), "some EASE weights are negative on this matrix");
    }

    private static boolean hasNegative(ItemToItem model, InteractionMatrix m) {
        double[] scores = new double[m.cols()];
        for (int u = 0; u < m.rows(); u++) {
            model.score(u, scores);
            for (double s : scores) {
                if (s < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * RP3beta by hand on the two-item matrix with α = 1: item 0's users (0, 1, 2) each carry 1/3 of its walk, and
     * user 0 passes half of theirs to item 1, so 0 → 1 = 1/6; item 1's users (0, 3) carry 1/2 each and user 0
     * passes half to item 0, so 1 → 0 = 1/4. β divides by the target's popularity (users): 3 for item 0, 2 for 1.
     */
    @Test
    void rp3betaMatchesTheRandomWalkByHand() {
        ItemToItem walk = ItemToItem.rp3beta(twoItems(1f), 1, 0, 10, 1);
        assertEquals(ItemToItem.Method.RP3BETA, walk.method());
        assertEquals(1.0 / 6, walk.score(1, 1), 1e-7);
        assertEquals(1.0 / 4, walk.score(3, 0), 1e-7);
        assertEquals(0, walk.score(1, 0), 1e-7);
        ItemToItem penalized = ItemToItem.rp3beta(twoItems(1f), 1, 1, 10, 2);
        assertEquals(1.0 / 6 / 2, penalized.score(1, 1), 1e-7);
        assertEquals(1.0 / 4 / 3, penalized.score(3, 0), 1e-7);
    }

    /**
     * α raises values before normalizing: with user 0's value on item 1 at 2 and α = 2, item 0's walk still splits
     * 1/3 per user, user 0 passes 4/5 of theirs on to item 1 (4 of 1 + 4), so 0 → 1 = 4/15; item 1's users carry
     * 4/5 (user 0) and 1/5 (user 3), and user 0 passes 1/5 back to item 0, so 1 → 0 = 4/25.
     */
    @Test
    void rp3betaRaisesValuesToAlpha() {
        ItemToItem walk = ItemToItem.rp3beta(twoItems(2f), 2, 0, 10, 1);
        assertEquals(4.0 / 15, walk.score(1, 1), 1e-7);
        assertEquals(4.0 / 25, walk.score(3, 0), 1e-7);
    }

    /**
     * Three items, each row walked in one reused array: users 0 {0, 1}, 1 {1, 2}, 2 {0}, all values 1, α = 1, β = 0.
     * Item 0's walk: 1/4 via user 0 to items 0 and 1, 1/2 via user 2 back to 0, so 0 → 1 = 1/4 and 0 → 2 = 0. Item 1:
     * 1/4 via user 0 to 0 and 1, 1/4 via user 1 to 1 and 2, so 1 → 0 = 1 → 2 = 1/4. Item 2: 1/2 via user 1 to 1 and
     * 2, so 2 → 0 = 0 (none of item 1's walk may carry over) and 2 → 1 = 1/2.
     */
    @Test
    void rp3betaWalksEachItemFromAFreshRow() {
        InteractionMatrix threeItems = ImplicitAlsTest.matrix(new float[][] {{1, 1, 0}, {0, 1, 1}, {1, 0, 0}});
        ItemToItem walk = ItemToItem.rp3beta(threeItems, 1, 0, 10, 1);
        assertEquals(1.0 / 4, walk.score(1, 0), 1e-7, "1 → 0 plus 2 → 0");
        assertEquals(1.0 / 4, walk.score(0, 2), 1e-7, "0 → 2 plus 1 → 2");
        assertEquals(1.0 / 4, walk.score(2, 1), 1e-7, "0 → 1");
    }

    /**
     * One shoe's score (a binary search of the kept weights) is that shoe's entry in the full row, to float precision:
     * the single score multiplies in floats.
     */
    @Test
    void oneItemsScoreIsItsEntryInTheFullScores() {
        InteractionMatrix m = new PlantedStructure(60, 40, 3, 5).matrix.damped();
        double[] all = new double[40];
        for (ItemToItem model : new ItemToItem[] {ItemToItem.ease(m, 5, 8), ItemToItem.rp3beta(m, 1, 0.5, 8, 1)}) {
            for (int u = 0; u < 60; u += 7) {
                model.score(u, all);
                for (int i = 0; i < 40; i++) {
                    assertEquals(all[i], model.score(u, i), 1e-6, model.method() + " user " + u + " item " + i);
                }
            }
        }
    }

    @Test
    void rp3betaIsTheSameOnOneOrTwoThreadsAndRecoversPlantedBlocks() {
        PlantedStructure planted = new PlantedStructure(300, 200, 5, 11);
        InteractionMatrix m = planted.matrix.damped();
        ItemToItem one = ItemToItem.rp3beta(m, 1, 0.5, 50, 1);
        ItemToItem two = ItemToItem.rp3beta(m, 1, 0.5, 50, 2);
        assertEquals(one.score(17, 4), two.score(17, 4), 0);
        assertTrue(planted.recovered(two) > 0.95, "share recovered: " + planted.recovered(two));
        ItemToItem ease = ItemToItem.ease(m, 2 * ItemToItem.meanGramDiagonal(m), 50);
        assertTrue(planted.recovered(ease) > 0.95, "share recovered: " + planted.recovered(ease));
    }

    @Test
    void writesAndReadsItsOwnBytes() throws Exception {
        InteractionMatrix m = new PlantedStructure(40, 9, 3, 4).matrix;
        ItemToItem ease = ItemToItem.ease(m, 2.5, 4);
        var bytes = new ByteArrayOutputStream();
        ease.writeTo(new DataOutputStream(bytes));
        ItemToItem read = ItemToItem.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), m);
        assertEquals(ItemToItem.Method.EASE, read.method());
        assertSame(m, read.history());
        double[] a = new double[9];
        double[] b = new double[9];
        for (int u = 0; u < m.rows(); u++) {
            ease.score(u, a);
            read.score(u, b);
            assertArrayEquals(a, b, 0);
        }
        assertEquals(ease.memoryBytes(), read.memoryBytes());
    }

    @Test
    void meanGramDiagonalIsTheMeanSquaredColumnNorm() {
        assertEquals((1 + 1 + 1 + 4 + 1) / 2.0, ItemToItem.meanGramDiagonal(twoItems(2f)), 1e-12);
    }

    /** Gauss-Jordan with partial pivoting: the test's own inverse, independent of EJML. */
    private static double[][] invert(double[][] a) {
        int n = a.length;
        double[][] m = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] tmp = m[c];
            m[c] = m[pivot];
            m[pivot] = tmp;
            double d = m[c][c];
            for (int k = 0; k < 2 * n; k++) {
                m[c][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c];
                    for (int k = 0; k < 2 * n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[][] inverse = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], n, inverse[i], 0, n);
        }
        return inverse;
    }
}
