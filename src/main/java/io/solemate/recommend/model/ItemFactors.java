package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Latent item factors stored k x items: one array per factor, so scoring every item for one user is k passes of
 * {@code acc[i] += u_f * row[i]}, a loop the JIT vectorizes (same index on both arrays, no aliasing doubt).
 */
public final class ItemFactors {

    private final int k;
    private final int items;
    private final float[][] rows;

    ItemFactors(float[][] factorRows) {
        this.k = factorRows.length;
        this.items = k == 0 ? 0 : factorRows[0].length;
        for (float[] row : factorRows) {
            if (row.length != items) {
                throw new IllegalArgumentException("ragged factor rows");
            }
        }
        this.rows = factorRows;
    }

    /** Transposes per-item vectors ({@code items x k}) into the scoring layout. */
    public static ItemFactors fromItemVectors(float[][] itemVectors, int k) {
        float[][] t = new float[k][itemVectors.length];
        for (int i = 0; i < itemVectors.length; i++) {
            for (int f = 0; f < k; f++) {
                t[f][i] = itemVectors[i][f];
            }
        }
        return new ItemFactors(t);
    }

    /** The per-item vectors ({@code items x k}): the inverse of {@link #fromItemVectors}. */
    float[][] itemVectors() {
        float[][] v = new float[items][k];
        for (int f = 0; f < k; f++) {
            for (int i = 0; i < items; i++) {
                v[i][f] = rows[f][i];
            }
        }
        return v;
    }

    public int k() {
        return k;
    }

    /** out[i] = sum_f user[f] * factor(f, i) for every item. */
    public void scoreAll(float[] user, double[] out) {
        scoreAll(user, new float[items], out);
    }

    /** As {@link #scoreAll(float[], double[])}, summed in floats in the caller's {@code acc} first. */
    public void scoreAll(float[] user, float[] acc, double[] out) {
        scoreAll(user, acc);
        for (int i = 0; i < items; i++) {
            out[i] = acc[i];
        }
    }

    /**
     * acc[i] = sum_f user[f] * factor(f, i) into a caller's buffer. Four factors per pass keep the running sum in a
     * register instead of a load and store per factor; the additions per item stay in factor order, so the floats
     * are exactly those of one factor at a time.
     */
    public void scoreAll(float[] user, float[] acc) {
        Arrays.fill(acc, 0, items, 0f);
        int f = 0;
        for (; f + 4 <= k; f += 4) {
            float u0 = user[f];
            float u1 = user[f + 1];
            float u2 = user[f + 2];
            float u3 = user[f + 3];
            float[] r0 = rows[f];
            float[] r1 = rows[f + 1];
            float[] r2 = rows[f + 2];
            float[] r3 = rows[f + 3];
            for (int i = 0; i < items; i++) {
                float a = acc[i];
                a += u0 * r0[i];
                a += u1 * r1[i];
                a += u2 * r2[i];
                a += u3 * r3[i];
                acc[i] = a;
            }
        }
        for (; f < k; f++) {
            float uf = user[f];
            float[] row = rows[f];
            for (int i = 0; i < items; i++) {
                acc[i] += uf * row[i];
            }
        }
    }

    /** The inner product of two items' factors: how alike the model holds them. */
    public double dot(int a, int b) {
        double s = 0;
        for (int f = 0; f < k; f++) {
            s += rows[f][a] * rows[f][b];
        }
        return s;
    }

    public double score(float[] user, int item) {
        double s = 0;
        for (int f = 0; f < k; f++) {
            s += user[f] * rows[f][item];
        }
        return s;
    }

    /** user += weight * factors of the item (fold-in of a history entry). */
    void addItem(int item, float weight, float[] user) {
        for (int f = 0; f < k; f++) {
            user[f] += weight * rows[f][item];
        }
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(k);
        for (float[] row : rows) {
            Binary.writeFloats(out, row);
        }
    }

    public static ItemFactors readFrom(DataInput in) throws IOException {
        float[][] rows = new float[in.readInt()][];
        for (int f = 0; f < rows.length; f++) {
            rows[f] = Binary.readFloats(in);
        }
        return new ItemFactors(rows);
    }

    public long memoryBytes() {
        return 16L * k + 4L * k * items;
    }
}
