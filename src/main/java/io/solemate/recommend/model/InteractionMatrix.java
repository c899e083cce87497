package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Users x items interaction weights, kept both row-wise (CSR: a user's history) and column-wise (CSC: an item's
 * audience). Each stored entry also remembers the strongest kind of interaction behind it, used for reasons and to
 * know which shoes a shopper owns.
 */
final class InteractionMatrix {

    private final int rows;
    private final int cols;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final float[] values;
    private final byte[] strongestKind;
    private final int[] colPtr;
    private final int[] rowIdx;
    private final float[] colValues;

    InteractionMatrix(int rows, int cols, int[] rowPtr, int[] colIdx, float[] values, byte[] strongestKind) {
        this.rows = rows;
        this.cols = cols;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.values = values;
        this.strongestKind = strongestKind;
        int nnz = values.length;
        colPtr = new int[cols + 1];
        for (int k = 0; k < nnz; k++) {
            colPtr[colIdx[k] + 1]++;
        }
        for (int c = 0; c < cols; c++) {
            colPtr[c + 1] += colPtr[c];
        }
        rowIdx = new int[nnz];
        colValues = new float[nnz];
        int[] next = Arrays.copyOf(colPtr, cols);
        for (int r = 0; r < rows; r++) {
            for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
                int pos = next[colIdx[k]]++;
                rowIdx[pos] = r;
                colValues[pos] = values[k];
            }
        }
    }

    int rows() {
        return rows;
    }

    int cols() {
        return cols;
    }

    int nnz() {
        return values.length;
    }

    int rowStart(int row) {
        return rowPtr[row];
    }

    int rowEnd(int row) {
        return rowPtr[row + 1];
    }

    int colIndex(int k) {
        return colIdx[k];
    }

    float value(int k) {
        return values[k];
    }

    EventKind strongestKind(int k) {
        return EventKind.ofOrdinal(strongestKind[k]);
    }

    int colStart(int col) {
        return colPtr[col];
    }

    int colEnd(int col) {
        return colPtr[col + 1];
    }

    int rowIndex(int k) {
        return rowIdx[k];
    }

    float colValue(int k) {
        return colValues[k];
    }

    int rowLength(int row) {
        return rowPtr[row + 1] - rowPtr[row];
    }

    /** Sum of each column: the (decayed) weight every item received. */
    double[] columnSums() {
        double[] sums = new double[cols];
        for (int c = 0; c < cols; c++) {
            double s = 0;
            for (int k = colPtr[c]; k < colPtr[c + 1]; k++) {
                s += colValues[k];
            }
            sums[c] = s;
        }
        return sums;
    }

    /** The same pattern with every value mapped, e.g. through {@code log1p} to damp repeat views. */
    InteractionMatrix mapValues(DoubleUnaryOperator f) {
        float[] scaled = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            scaled[k] = (float) f.applyAsDouble(values[k]);
        }
        return new InteractionMatrix(rows, cols, rowPtr, colIdx, scaled, strongestKind);
    }

    /** A copy without the entries where {@code drop[k]} is set (k indexes the CSR order). */
    InteractionMatrix without(boolean[] drop) {
        int kept = 0;
        for (boolean d : drop) {
            kept += d ? 0 : 1;
        }
        int[] ptr = new int[rows + 1];
        int[] cols2 = new int[kept];
        float[] vals = new float[kept];
        byte[] kinds = new byte[kept];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
                if (!drop[k]) {
                    cols2[n] = colIdx[k];
                    vals[n] = values[k];
                    kinds[n] = strongestKind[k];
                    n++;
                }
            }
            ptr[r + 1] = n;
        }
        return new InteractionMatrix(rows, cols, ptr, cols2, vals, kinds);
    }

    /** CSR (column, value, kind) and CSC (row, value): 17 bytes per entry plus the pointers. */
    long memoryBytes() {
        return 4L * (rowPtr.length + colPtr.length) + 17L * values.length;
    }

    int[] rowPtrArray() {
        return rowPtr;
    }

    int[] colIdxArray() {
        return colIdx;
    }

    float[] valuesArray() {
        return values;
    }

    int[] colPtrArray() {
        return colPtr;
    }

    int[] rowIdxArray() {
        return rowIdx;
    }

    float[] colValuesArray() {
        return colValues;
    }

    byte[] kindsArray() {
        return strongestKind;
    }

    /**
     * Collects events and merges those of the same user and item: weights add up, the strongest kind wins, and a
     * return later than the last purchase removes the pair's positive signal altogether.
     */
    static final class Builder {
        private final int rows;
        private final int cols;
        private int[] r = new int[1024];
        private int[] c = new int[1024];
        private float[] w = new float[1024];
        private byte[] kind = new byte[1024];
        private long[] epoch = new long[1024];
        private int size;

        Builder(int rows, int cols) {
            this.rows = rows;
            this.cols = cols;
        }

        void add(int row, int col, float weight, EventKind eventKind, long epochSecond) {
            if (size == r.length) {
                int capacity = size * 2;
                r = Arrays.copyOf(r, capacity);
                c = Arrays.copyOf(c, capacity);
                w = Arrays.copyOf(w, capacity);
                kind = Arrays.copyOf(kind, capacity);
                epoch = Arrays.copyOf(epoch, capacity);
            }
            r[size] = row;
            c[size] = col;
            w[size] = weight;
            kind[size] = (byte) eventKind.ordinal();
            epoch[size] = epochSecond;
            size++;
        }

        InteractionMatrix build() {
            int[] ptr = new int[rows + 1];
            for (int i = 0; i < size; i++) {
                ptr[r[i] + 1]++;
            }
            for (int i = 0; i < rows; i++) {
                ptr[i + 1] += ptr[i];
            }
            // (col << 32 | event) sorted within each row groups a pair's events together.
            long[] keyed = new long[size];
            int[] next = Arrays.copyOf(ptr, rows);
            for (int i = 0; i < size; i++) {
                keyed[next[r[i]]++] = ((long) c[i] << 32) | i;
            }
            int[] outPtr = new int[rows + 1];
            int[] outCols = new int[size];
            float[] outVals = new float[size];
            byte[] outKinds = new byte[size];
            int n = 0;
            for (int row = 0; row < rows; row++) {
                Arrays.sort(keyed, ptr[row], ptr[row + 1]);
                int k = ptr[row];
                while (k < ptr[row + 1]) {
                    int col = (int) (keyed[k] >>> 32);
                    double sum = 0;
                    int strongest = -1;
                    long lastPurchase = Long.MIN_VALUE;
                    long lastReturn = Long.MIN_VALUE;
                    for (; k < ptr[row + 1] && (int) (keyed[k] >>> 32) == col; k++) {
                        int e = (int) keyed[k];
                        sum += w[e];
                        EventKind ek = EventKind.ofOrdinal(kind[e]);
                        if (ek == EventKind.RETURN) {
                            lastReturn = Math.max(lastReturn, epoch[e]);
                        } else {
                            if (ek == EventKind.PURCHASE) {
                                lastPurchase = Math.max(lastPurchase, epoch[e]);
                            }
                            if (w[e] > 0 && (strongest < 0 || strength(ek) > strength(EventKind.ofOrdinal(strongest)))) {
                                strongest = ek.ordinal();
                            }
                        }
                    }
                    boolean returned = lastReturn != Long.MIN_VALUE && lastReturn >= lastPurchase;
                    if (!returned && sum > 0 && strongest >= 0) {
                        outCols[n] = col;
                        outVals[n] = (float) sum;
                        outKinds[n] = (byte) strongest;
                        n++;
                    }
                }
                outPtr[row + 1] = n;
            }
            return new InteractionMatrix(rows, cols, outPtr, Arrays.copyOf(outCols, n), Arrays.copyOf(outVals, n),
                    Arrays.copyOf(outKinds, n));
        }

        private static int strength(EventKind kind) {
            return switch (kind) {
                case VIEW -> 0;
                case RATING -> 1;
                case LIKE -> 2;
                case CART -> 3;
                case PURCHASE -> 4;
                case RETURN -> -1;
            };
        }
    }
}
