package io.solemate.recommend.model;

/**
 * Latent item factors stored k x items (factor-major), so scoring every item for one user is k passes of a
 * contiguous multiply-add that the JIT vectorizes.
 */
final class ItemFactors {

    private final int k;
    private final int items;
    private final float[] data;

    ItemFactors(int k, int items, float[] factorMajor) {
        if (factorMajor.length != k * items) {
            throw new IllegalArgumentException("expected " + k + " x " + items + " factors");
        }
        this.k = k;
        this.items = items;
        this.data = factorMajor;
    }

    /** Transposes item-major rows ({@code items x k}) into the scoring layout. */
    static ItemFactors fromItemMajor(int k, int items, float[] itemMajor) {
        float[] t = new float[k * items];
        for (int i = 0; i < items; i++) {
            for (int f = 0; f < k; f++) {
                t[f * items + i] = itemMajor[i * k + f];
            }
        }
        return new ItemFactors(k, items, t);
    }

    int k() {
        return k;
    }

    int items() {
        return items;
    }

    float[] data() {
        return data;
    }

    float get(int item, int factor) {
        return data[factor * items + item];
    }

    /** out[i] = sum_f user[f] * factor(f, i) for every item. */
    void scoreAll(float[] user, double[] out) {
        float[] acc = new float[items];
        for (int f = 0; f < k; f++) {
            float uf = user[f];
            int base = f * items;
            for (int i = 0; i < items; i++) {
                acc[i] += uf * data[base + i];
            }
        }
        for (int i = 0; i < items; i++) {
            out[i] = acc[i];
        }
    }

    double score(float[] user, int item) {
        double s = 0;
        for (int f = 0; f < k; f++) {
            s += user[f] * data[f * items + item];
        }
        return s;
    }

    /** user += weight * factors of the item (fold-in of a history entry). */
    void addItem(int item, float weight, float[] user) {
        for (int f = 0; f < k; f++) {
            user[f] += weight * data[f * items + item];
        }
    }

    long memoryBytes() {
        return 4L * data.length;
    }
}
