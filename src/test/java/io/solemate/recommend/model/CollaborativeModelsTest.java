package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import smile.math.blas.Transpose;

class CollaborativeModelsTest {

    private final PlantedStructure planted = new PlantedStructure(300, 200, 5, 11);

    @Test
    void alsRecoversPlantedBlocks() {
        ImplicitAls als = ImplicitAls.fit(planted.matrix.damped(), 10, 10, 0.1f, 10f, 2, 3);
        assertTrue(planted.recovered(als) > 0.95, "share recovered: " + planted.recovered(als));
    }

    @Test
    void alsGivesTheSameFactorsWithOneOrTwoThreads() {
        InteractionMatrix m = planted.matrix.damped();
        ImplicitAls one = ImplicitAls.fit(m, 6, 3, 0.1f, 10f, 1, 3);
        ImplicitAls two = ImplicitAls.fit(m, 6, 3, 0.1f, 10f, 2, 3);
        assertEquals(one.score(17, 4), two.score(17, 4), 1e-6);
    }

    /** A user whose history was held out of the fit gets factors from it when users are re-solved. */
    @Test
    void alsUsersResolvedOnTheFullHistoryFindTheirBlock() {
        InteractionMatrix m = planted.matrix.damped();
        boolean[] drop = new boolean[m.nnz()];
        for (int k = m.rowStart(0); k < m.rowEnd(0); k++) {
            drop[k] = true;
        }
        ImplicitAls fitted = ImplicitAls.fit(m.without(drop), 10, 10, 0.1f, 10f, 2, 3);
        ImplicitAls resolved = fitted.withUsersSolved(m, 0.1f, 10f, 2);
        double[] scores = new double[planted.items];
        fitted.score(0, scores);
        assertEquals(0, java.util.Arrays.stream(scores).map(Math::abs).max().orElseThrow(), 1e-3,
                "no history, no preference");
        resolved.score(0, scores);
        for (int k = m.rowStart(0); k < m.rowEnd(0); k++) {
            scores[m.colIndex(k)] = Double.NEGATIVE_INFINITY;
        }
        for (int i : TopK.select(scores, 5)) {
            assertEquals(planted.userBlock(0), planted.block(i), "item " + i);
        }
        assertEquals(fitted.score(9, 4), resolved.score(9, 4), 0.05, "the others barely move");
    }

    @Test
    void pureSvdRecoversPlantedBlocks() {
        InteractionMatrix m = planted.matrix.damped();
        PureSvd svd = new PureSvd(m, PureSvd.fit(m, 5));
        assertEquals(5, svd.factors().k());
        assertTrue(planted.recovered(svd) > 0.95, "share recovered: " + planted.recovered(svd));
    }

    @Test
    void gramOperatorEqualsExplicitProduct() {
        InteractionMatrix m = new PlantedStructure(30, 12, 3, 5).matrix;
        double[] x = new double[12];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i + 1);
        }
        double[] y = new double[12];
        GramOperator gram = new GramOperator(m);
        gram.mv(x, y);
        double[][] dense = new double[30][12];
        for (int u = 0; u < 30; u++) {
            for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
                dense[u][m.colIndex(k)] = m.value(k);
            }
        }
        for (int i = 0; i < 12; i++) {
            double expected = 0;
            for (int u = 0; u < 30; u++) {
                double ax = 0;
                for (int j = 0; j < 12; j++) {
                    ax += dense[u][j] * x[j];
                }
                expected += dense[u][i] * ax;
            }
            assertEquals(expected, y[i], 1e-9);
        }
        assertEquals(12, gram.nrow());
        assertEquals(12, gram.ncol());
        assertEquals(m.nnz(), gram.size());
        // The forms Lanczos may call: y = αAᵀAx + βy, and in place in one work array, x at one offset, y at another.
        double[] scaled = new double[12];
        Arrays.fill(scaled, 4);
        gram.mv(Transpose.NO_TRANSPOSE, 2, x, 0.5, scaled);
        double[] work = new double[36];
        System.arraycopy(x, 0, work, 24, 12);
        gram.mv(work, 24, 0);
        gram.tv(work, 24, 12);
        for (int i = 0; i < 12; i++) {
            assertEquals(2 * y[i] + 0.5 * 4, scaled[i], 1e-9);
            assertEquals(y[i], work[i], 1e-9);
            assertEquals(y[i], work[12 + i], 1e-9);
        }
    }

    @Test
    void itemKnnRecoversPlantedBlocks() {
        ItemKnn knn = ItemKnn.fit(planted.matrix, 20);
        assertTrue(planted.recovered(knn) > 0.95, "share recovered: " + planted.recovered(knn));
    }
}
