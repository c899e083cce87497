package io.solemate.recommend.model;

import smile.math.blas.Transpose;
import smile.math.matrix.IMatrix;

/**
 * The symmetric items x items operator x -> A^T (A x) for a sparse users x items matrix A, evaluated as two sparse
 * products over A's rows, so Lanczos can find A's right singular vectors without ever forming A^T A.
 */
final class GramOperator extends IMatrix {

    private final int users;
    private final int items;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final float[] values;
    private final double[] userSpace;

    GramOperator(InteractionMatrix a) {
        this.users = a.rows();
        this.items = a.cols();
        this.rowPtr = a.rowPtrArray();
        this.colIdx = a.colIdxArray();
        this.values = a.valuesArray();
        this.userSpace = new double[users];
    }

    @Override
    public int nrow() {
        return items;
    }

    @Override
    public int ncol() {
        return items;
    }

    @Override
    public long size() {
        return values.length;
    }

    /** y = alpha * A^T A x + beta * y (the operator is symmetric, so the transpose flag changes nothing). */
    @Override
    public void mv(Transpose trans, double alpha, double[] x, double beta, double[] y) {
        apply(x, 0, y, 0, alpha, beta);
    }

    @Override
    public void mv(double[] x, double[] y) {
        apply(x, 0, y, 0, 1.0, 0.0);
    }

    @Override
    public void mv(double[] work, int inputOffset, int outputOffset) {
        apply(work, inputOffset, work, outputOffset, 1.0, 0.0);
    }

    @Override
    public void tv(double[] work, int inputOffset, int outputOffset) {
        apply(work, inputOffset, work, outputOffset, 1.0, 0.0);
    }

    private void apply(double[] x, int xOff, double[] y, int yOff, double alpha, double beta) {
        for (int u = 0; u < users; u++) {
            double s = 0;
            for (int k = rowPtr[u]; k < rowPtr[u + 1]; k++) {
                s += values[k] * x[xOff + colIdx[k]];
            }
            userSpace[u] = s;
        }
        for (int i = 0; i < items; i++) {
            y[yOff + i] = beta == 0.0 ? 0.0 : beta * y[yOff + i];
        }
        for (int u = 0; u < users; u++) {
            double t = alpha * userSpace[u];
            if (t != 0.0) {
                for (int k = rowPtr[u]; k < rowPtr[u + 1]; k++) {
                    y[yOff + colIdx[k]] += values[k] * t;
                }
            }
        }
    }
}
