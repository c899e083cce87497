package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solemate.interactions.EventKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ALS against the closed form of Hu, Koren and Volinsky: with k = 3, three conjugate-gradient steps solve each 3 x 3
 * system exactly, so after a fit every item vector y_i must equal (XᵀX + λI + Σ_u α r_ui x_u x_uᵀ)⁻¹ Σ_u (1 + α r_ui)
 * x_u for the fitted user vectors X (items are solved last).
 */
class ImplicitAlsTest {

    /** Users x items; zero is "not observed". Values other than 1 tell α·r apart from α / r. */
    private static final float[][] RATINGS = {
        {2, 0, 0.5f},
        {0, 1, 3},
        {1.5f, 0, 0},
        {0, 4, 1},
        {3, 2, 0}};
    private static final int K = 3;
    private static final float REGULARIZATION = 0.5f;
    private static final float ALPHA = 3f;

    static InteractionMatrix matrix(float[][] ratings) {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(ratings.length, ratings[0].length);
        for (int u = 0; u < ratings.length; u++) {
            for (int i = 0; i < ratings[u].length; i++) {
                if (ratings[u][i] != 0) {
                    builder.add(u, i, ratings[u][i], EventKind.PURCHASE, 0);
                }
            }
        }
        return builder.build();
    }

    @Test
    void everyItemVectorIsTheClosedFormSolutionForTheFittedUsers() throws IOException {
        // One sweep: the items are solved from their random start, where an inexact solver shows most.
        assertItemsSolved(ImplicitAls.fit(matrix(RATINGS), K, 1, REGULARIZATION, ALPHA, 1, 11));
    }

    @Test
    void laterSweepsStillEndOnTheClosedForm() throws IOException {
        assertItemsSolved(ImplicitAls.fit(matrix(RATINGS), K, 4, REGULARIZATION, ALPHA, 2, 5));
    }

    @Test
    void eachSweepSolvesTheUsersAgainstTheItemsOfTheSweepBefore() throws IOException {
        // Same seed, one sweep more: the users of the second fit are solved against the items of the first.
        float[][] itemsAfterOne = itemVectors(ImplicitAls.fit(matrix(RATINGS), K, 1, REGULARIZATION, ALPHA, 1, 11));
        float[][] usersAfterTwo = userVectors(ImplicitAls.fit(matrix(RATINGS), K, 2, REGULARIZATION, ALPHA, 1, 11));
        for (int u = 0; u < RATINGS.length; u++) {
            assertSolves(itemsAfterOne, RATINGS[u], usersAfterTwo[u], "user " + u);
        }
    }

    @Test
    void scoresAreDotProductsOfTheFactors() throws IOException {
        ImplicitAls als = ImplicitAls.fit(matrix(RATINGS), K, 2, REGULARIZATION, ALPHA, 1, 5);
        float[][] x = userVectors(als);
        float[][] y = itemVectors(als);
        double[] all = new double[RATINGS[0].length];
        float[] floats = new float[RATINGS[0].length];
        for (int u = 0; u < RATINGS.length; u++) {
            als.score(u, all);
            als.scoreAll(u, floats);
            for (int i = 0; i < y.length; i++) {
                double dot = x[u][0] * y[i][0] + x[u][1] * y[i][1] + x[u][2] * y[i][2];
                assertEquals(dot, als.score(u, i), 1e-5);
                assertEquals(dot, all[i], 1e-5);
                assertEquals(dot, floats[i], 1e-5);
            }
        }
        assertEquals(K, als.k());
    }

    /** The start is seeded, users then items, each factor N(0, (0.1 / √k)²): a fit of zero sweeps returns it. */
    @Test
    void zeroSweepsReturnTheSeededGaussianStart() throws IOException {
        ImplicitAls start = ImplicitAls.fit(matrix(RATINGS), K, 0, REGULARIZATION, ALPHA, 1, 11);
        Random random = new Random(11);
        float scale = (float) (0.1 / Math.sqrt(K));
        for (float[] user : userVectors(start)) {
            for (int f = 0; f < K; f++) {
                assertEquals((float) (random.nextGaussian() * scale), user[f]);
            }
        }
        for (float[] item : itemVectors(start)) {
            for (int f = 0; f < K; f++) {
                assertEquals((float) (random.nextGaussian() * scale), item[f]);
            }
        }
    }

    @Test
    void usersResolveTheSameOnOneThreadAsOnTwo() throws IOException {
        ImplicitAls fitted = ImplicitAls.fit(matrix(RATINGS), K, 2, REGULARIZATION, ALPHA, 1, 5);
        float[][] one = userVectors(fitted.withUsersSolved(matrix(RATINGS), REGULARIZATION, ALPHA, 1));
        float[][] two = userVectors(fitted.withUsersSolved(matrix(RATINGS), REGULARIZATION, ALPHA, 2));
        for (int u = 0; u < RATINGS.length; u++) {
            assertArrayEquals(one[u], two[u], "user " + u);
        }
    }

    /** Item factors fitted elsewhere score a customer's own vector by dot product, and count no user vectors. */
    @Test
    void externalItemFactorsScoreACustomersOwnVector() {
        ItemFactors items = ItemFactors.fromItemVectors(new float[][] {{1, 2}, {-1, 0.5f}}, 2);
        assertEquals(5, items.dot(0, 0), 1e-6);
        assertEquals(1.25, items.dot(1, 1), 1e-6);
        ImplicitAls external = ImplicitAls.ofItems(items);
        assertEquals(items.memoryBytes(), external.memoryBytes());
        ImplicitAls customer = external.forCustomer(new float[] {3, -2});
        assertEquals(3 - 4, customer.score(0, 0), 1e-6);
        assertEquals(-3 - 1, customer.score(0, 1), 1e-6);
    }

    private static void assertItemsSolved(ImplicitAls als) throws IOException {
        float[][] x = userVectors(als);
        float[][] y = itemVectors(als);
        for (int i = 0; i < RATINGS[0].length; i++) {
            float[] column = new float[x.length];
            for (int u = 0; u < x.length; u++) {
                column[u] = RATINGS[u][i];
            }
            assertSolves(x, column, y[i], "item " + i);
        }
    }

    /**
     * {@code solved} must be (FᵀF + λI + Σ_j α r_j f_j f_jᵀ)⁻¹ Σ_j (1 + α r_j) f_j over the fixed vectors F, with r_j
     * this row's ratings (zero where unobserved).
     */
    private static void assertSolves(float[][] fixed, float[] ratings, float[] solved, String what) {
        double[][] a = new double[K][K];
        double[] b = new double[K];
        for (int f = 0; f < K; f++) {
            a[f][f] = REGULARIZATION;
        }
        for (int j = 0; j < fixed.length; j++) {
            double confidence = 1 + ALPHA * ratings[j];
            for (int f = 0; f < K; f++) {
                for (int g = 0; g < K; g++) {
                    a[f][g] += confidence * fixed[j][f] * fixed[j][g];
                }
                if (ratings[j] != 0) {
                    b[f] += confidence * fixed[j][f];
                }
            }
        }
        double[] expected = solve(a, b);
        double scale = Math.sqrt(expected[0] * expected[0] + expected[1] * expected[1] + expected[2] * expected[2]);
        for (int f = 0; f < K; f++) {
            assertEquals(expected[f], solved[f], 1e-3 * scale, what + ", factor " + f);
        }
    }

    /** Gaussian elimination with partial pivoting; fine for 3 x 3. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int r = 0; r < n; r++) {
            m[r] = new double[n + 1];
            System.arraycopy(a[r], 0, m[r], 0, n);
            m[r][n] = b[r];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                pivot = Math.abs(m[r][c]) > Math.abs(m[pivot][c]) ? r : pivot;
            }
            double[] tmp = m[c];
            m[c] = m[pivot];
            m[pivot] = tmp;
            for (int r = c + 1; r < n; r++) {
                double factor = m[r][c] / m[c][c];
                for (int j = c; j <= n; j++) {
                    m[r][j] -= factor * m[c][j];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int j = r + 1; j < n; j++) {
                s -= m[r][j] * x[j];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }

    private static float[][] userVectors(ImplicitAls als) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes(als)));
        float[][] users = new float[in.readInt()][];
        for (int u = 0; u < users.length; u++) {
            users[u] = Binary.readFloats(in);
        }
        return users;
    }

    /** Item vectors read back from the scoring layout: factor f of item i is the score of unit vector f. */
    private static float[][] itemVectors(ImplicitAls als) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes(als)));
        for (int u = in.readInt(); u > 0; u--) {
            Binary.readFloats(in);
        }
        ItemFactors items = ItemFactors.readFrom(in);
        float[][] y = new float[RATINGS[0].length][K];
        for (int f = 0; f < K; f++) {
            float[] unit = new float[K];
            unit[f] = 1;
            for (int i = 0; i < y.length; i++) {
                y[i][f] = (float) items.score(unit, i);
            }
        }
        return y;
    }

    private static byte[] bytes(ImplicitAls als) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        als.writeTo(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }
}
