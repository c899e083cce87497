package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import smile.math.matrix.Lanczos;
import smile.math.matrix.Matrix;

/**
 * PureSVD (Cremonesi, Koren, Turrin 2010): the top-k right singular vectors V of the interaction matrix A, found as
 * eigenvectors of A^T A with Smile's Lanczos over {@link GramOperator}. A user's scores are (a_u V) V^T, so any
 * history, even one newer than the fit, folds in without refitting.
 */
public final class PureSvd implements ItemScorer {

    private final InteractionMatrix history;
    private final ItemFactors factors;

    public PureSvd(InteractionMatrix history, ItemFactors factors) {
        this.history = history;
        this.factors = factors;
    }

    /** Fits on {@code a}; k is capped below the item count, as Lanczos needs k < n. */
    public static ItemFactors fit(InteractionMatrix a, int k) {
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

    public ItemFactors factors() {
        return factors;
    }

    /** The history users are folded in from: its decay is the one chosen for this component. */
    public InteractionMatrix history() {
        return history;
    }

    /** Every item's score for one user into {@code out}, summed in floats in the caller's {@code acc}. */
    public void scoreAll(int user, float[] acc) {
        factors.scoreAll(userVector(user), acc);
    }

    @Override
    public void score(int user, double[] out) {
        factors.scoreAll(userVector(user), out);
    }

    public double score(int user, int item) {
        return factors.score(userVector(user), item);
    }

    /** a_u V: the user's history projected into the latent space. */
    private float[] userVector(int user) {
        float[] p = new float[factors.k()];
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            factors.addItem(history.colIndex(k), history.value(k), p);
        }
        return p;
    }

    /** Writes the factors; the history they fold in is written by the model that holds it. */
    public void writeTo(DataOutput out) throws IOException {
        factors.writeTo(out);
    }

    public static PureSvd readFrom(DataInput in, InteractionMatrix history) throws IOException {
        return new PureSvd(history, ItemFactors.readFrom(in));
    }

    public long memoryBytes() {
        return factors.memoryBytes();
    }
}
