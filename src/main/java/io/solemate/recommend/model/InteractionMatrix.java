package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/**
 * Users x items interaction weights, kept both row-wise (CSR: a user's history) and column-wise (CSC: an item's
 * audience). Each stored entry also remembers the strongest kind of interaction behind it, used for reasons and to
 * know which shoes a shopper owns.
 */
public final class InteractionMatrix {

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
        this(rows, cols, rowPtr, colIdx, values, strongestKind, true);
    }

    /**
     * {@code columns} false keeps the row-wise form only: one customer's row served without the whole history
     * (trainer=external) would otherwise carry column pointers for the whole catalogue.
     */
    private InteractionMatrix(int rows, int cols, int[] rowPtr, int[] colIdx, float[] values, byte[] strongestKind,
                              boolean columns) {
        this.rows = rows;
        this.cols = cols;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.values = values;
        this.strongestKind = strongestKind;
        if (!columns) {
            colPtr = null;
            rowIdx = null;
            colValues = null;
            return;
        }
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

    /** The matrix of a raw event log, folded first exactly as the store folds it. */
    public static InteractionMatrix of(EventLog events, Catalog catalog, IdIndex users, EventWeights weights,
                                       Instant now) {
        return of(InteractionAggregates.fold(events), catalog, users, weights, now);
    }

    /**
     * The matrix of aggregated interactions: each row weighed by kind (and rating), times its count of events,
     * decayed by the age of their mean time at {@code now}; rows on shoes or users outside the indexes are skipped.
     */
    public static InteractionMatrix of(InteractionAggregates interactions, Catalog catalog, IdIndex users,
                                       EventWeights weights, Instant now) {
        Builder builder = new Builder(users.size(), catalog.size());
        long nowSecond = now.getEpochSecond();
        for (int e = 0; e < interactions.size(); e++) {
            int item = catalog.index().indexOf(interactions.shoeId(e));
            int user = users.indexOf(interactions.userId(e));
            if (item < 0 || user < 0) {
                continue;
            }
            EventKind kind = interactions.kind(e);
            double w = weights.weight(kind, interactions.value(e)) * interactions.count(e)
                    * weights.decay(nowSecond - interactions.meanEpochSecond(e));
            builder.add(user, item, (float) w, kind, interactions.lastEpochSecond(e));
        }
        return builder.build();
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int nnz() {
        return values.length;
    }

    public int rowStart(int row) {
        return rowPtr[row];
    }

    public int rowEnd(int row) {
        return rowPtr[row + 1];
    }

    public int colIndex(int k) {
        return colIdx[k];
    }

    public float value(int k) {
        return values[k];
    }

    public EventKind strongestKind(int k) {
        return EventKind.ofOrdinal(strongestKind[k]);
    }

    /** False for a rows-only matrix (one customer's row read on demand): it cannot tell who else holds a shoe. */
    public boolean hasColumns() {
        return colPtr != null;
    }

    public int colStart(int col) {
        return colPtr[col];
    }

    public int colEnd(int col) {
        return colPtr[col + 1];
    }

    public int rowIndex(int k) {
        return rowIdx[k];
    }

    public float colValue(int k) {
        return colValues[k];
    }

    public int rowLength(int row) {
        return rowPtr[row + 1] - rowPtr[row];
    }

    /** Sum of each column: the (decayed) weight every item received. */
    public double[] columnSums() {
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
    public InteractionMatrix mapValues(DoubleUnaryOperator f) {
        float[] scaled = new float[values.length];
        for (int k = 0; k < values.length; k++) {
            scaled[k] = (float) f.applyAsDouble(values[k]);
        }
        return new InteractionMatrix(rows, cols, rowPtr, colIdx, scaled, strongestKind, colPtr != null);
    }

    /**
     * One customer's row (row 0) of the events given, weighed like {@link #of}, without the column-wise form: what
     * a replica serving an externally trained model holds per customer. Column access is not available on it.
     */
    public static InteractionMatrix customerRow(EventLog events, Catalog catalog, EventWeights weights, Instant now) {
        Builder builder = new Builder(1, catalog.size());
        long nowSecond = now.getEpochSecond();
        for (int e = 0; e < events.size(); e++) {
            int item = catalog.index().indexOf(events.shoeId(e));
            if (item >= 0) {
                EventKind kind = events.kind(e);
                double w = weights.weight(kind, events.value(e)) * weights.decay(nowSecond - events.epochSecond(e));
                builder.add(0, item, (float) w, kind, events.epochSecond(e));
            }
        }
        return builder.build(false);
    }

    /** A copy without the entries where {@code drop[k]} is set (k indexes the CSR order). */
    public InteractionMatrix without(boolean[] drop) {
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

    /**
     * The input of every collaborative model: log-damped weights, so repeated views cannot drown a purchase
     * (confidence in ALS, the fold-in of PureSVD, the content profile).
     */
    public InteractionMatrix damped() {
        return mapValues(Math::log1p);
    }

    /** Writes the row-wise form; the column-wise one is rebuilt on reading. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(rows);
        out.writeInt(cols);
        Binary.writeInts(out, rowPtr);
        Binary.writeInts(out, colIdx);
        Binary.writeFloats(out, values);
        Binary.writeBytes(out, strongestKind);
    }

    public static InteractionMatrix readFrom(DataInput in) throws IOException {
        int rows = in.readInt();
        int cols = in.readInt();
        return new InteractionMatrix(rows, cols, Binary.readInts(in), Binary.readInts(in), Binary.readFloats(in),
                Binary.readBytes(in));
    }

    /** CSR (column, value, kind) and CSC (row, value): 17 bytes per entry plus the pointers. */
    public long memoryBytes() {
        if (colPtr == null) {
            return 4L * rowPtr.length + 9L * values.length;
        }
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

    /**
     * Collects events and merges those of the same user and item: weights add up, the strongest kind wins, and a
     * return later than the last purchase removes the pair's positive signal altogether.
     */
    public static final class Builder {
        private final int rows;
        private final int cols;
        private int[] r = new int[1024];
        private int[] c = new int[1024];
        private float[] w = new float[1024];
        private byte[] kind = new byte[1024];
        private long[] epoch = new long[1024];
        private int size;

        public Builder(int rows, int cols) {
            this.rows = rows;
            this.cols = cols;
        }

        public void add(int row, int col, float weight, EventKind eventKind, long epochSecond) {
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

        public InteractionMatrix build() {
            return build(true);
        }

        private InteractionMatrix build(boolean columns) {
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
                    Arrays.copyOf(outKinds, n), columns);
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
