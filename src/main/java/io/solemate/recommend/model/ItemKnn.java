package io.solemate.recommend.model;

import java.util.Arrays;

/**
 * Item-based kNN: cosine similarity between item columns, keeping each item's {@code neighbours} most similar
 * items; a user's score for an item sums the similarities to the items in their history, weighted by interaction.
 */
public final class ItemKnn implements ItemScorer {

    private final InteractionMatrix history;
    private final int[] neighbourPtr;
    private final int[] neighbour;
    private final float[] similarity;

    private ItemKnn(InteractionMatrix history, int[] neighbourPtr, int[] neighbour, float[] similarity) {
        this.history = history;
        this.neighbourPtr = neighbourPtr;
        this.neighbour = neighbour;
        this.similarity = similarity;
    }

    public static ItemKnn fit(InteractionMatrix a, int neighbours) {
        int items = a.cols();
        double[] norm = new double[items];
        for (int i = 0; i < items; i++) {
            double s = 0;
            for (int k = a.colStart(i); k < a.colEnd(i); k++) {
                s += a.colValue(k) * a.colValue(k);
            }
            norm[i] = Math.sqrt(s);
        }
        int[] ptr = new int[items + 1];
        int[] nb = new int[items * neighbours];
        float[] sim = new float[items * neighbours];
        double[] dots = new double[items];
        int n = 0;
        for (int i = 0; i < items; i++) {
            Arrays.fill(dots, 0);
            for (int k = a.colStart(i); k < a.colEnd(i); k++) {
                int u = a.rowIndex(k);
                double w = a.colValue(k);
                for (int e = a.rowStart(u); e < a.rowEnd(u); e++) {
                    dots[a.colIndex(e)] += w * a.value(e);
                }
            }
            dots[i] = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < items; j++) {
                if (dots[j] > 0) {
                    dots[j] /= norm[i] * norm[j];
                } else if (j != i) {
                    dots[j] = Double.NEGATIVE_INFINITY;
                }
            }
            for (int j : TopK.select(dots, neighbours)) {
                nb[n] = j;
                sim[n] = (float) dots[j];
                n++;
            }
            ptr[i + 1] = n;
        }
        return new ItemKnn(a, ptr, Arrays.copyOf(nb, n), Arrays.copyOf(sim, n));
    }

    @Override
    public void score(int user, double[] out) {
        Arrays.fill(out, 0);
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            int item = history.colIndex(k);
            double w = history.value(k);
            for (int e = neighbourPtr[item]; e < neighbourPtr[item + 1]; e++) {
                out[neighbour[e]] += w * similarity[e];
            }
        }
    }
}
