package io.solemate.recommend.model;

import smile.math.matrix.Lanczos;
import smile.math.matrix.Matrix;

/**
 * PureSVD (Cremonesi, Koren, Turrin 2010): the top-k right singular vectors V of the interaction matrix A, found as
 * eigenvectors of A^T A with Smile's Lanczos over {@link GramOperator}. A user's scores are (a_u V) V^T, so any
 * history, even one newer than the fit, folds in without refitting.
 */
final class PureSvd implements ItemScorer {

    private final InteractionMatrix history;
    private final ItemFactors factors;

    PureSvd(InteractionMatrix history, ItemFactors factors) {
        this.history = history;
        this.factors = factors;
    }

    /** Fits on {@code a}; k is capped below the item count, as Lanczos needs k < n. */
    static ItemFactors fit(InteractionMatrix a, int k) {
        int items = a.cols();
        int rank = Math.max(1, Math.min(k, items - 1));
        Matrix.EVD evd = Lanczos.eigen(new GramOperator(a), rank);
        Matrix v = evd.Vr;
        int found = v.ncol();
        float[][] rows = new float[found][items];
        for (int f = 0; f < found; f++) {
            for (int i = 0; i < items; i++) {
                rows[f][i] = (float) v.get(i, f);
            }
        }
        return new ItemFactors(rows);
    }

    ItemFactors factors() {
        return factors;
    }

    @Override
    public void score(int user, double[] out) {
        factors.scoreAll(userVector(user), out);
    }

    double score(int user, int item) {
        return factors.score(userVector(user), item);
    }

    /** a_u V: the user's history projected into the latent space. */
    float[] userVector(int user) {
        float[] p = new float[factors.k()];
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            factors.addItem(history.colIndex(k), history.value(k), p);
        }
        return p;
    }
}
