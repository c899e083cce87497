package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;

/**
 * Keeps the best-scored colourway of each style: the others are scored -infinity, which top-K never picks. Exact
 * whatever the limit, in one pass; ties keep the lower position, as top-K would.
 */
final class OneColourwayPerStyle {

    private OneColourwayPerStyle() {
    }

    /**
     * Over {@code scores[0..n)}, the scores of shoes {@code items[c]} (null: shoe c itself). {@code best} holds -1
     * per style on entry and is left so.
     */
    static void keepBest(Catalog catalog, int[] items, double[] scores, int n, int[] best) {
        for (int c = 0; c < n; c++) {
            int style = catalog.styleOf(items == null ? c : items[c]);
            int b = best[style];
            if (b < 0) {
                best[style] = c;
            } else if (scores[c] > scores[b]) {
                scores[b] = Double.NEGATIVE_INFINITY;
                best[style] = c;
            } else {
                scores[c] = Double.NEGATIVE_INFINITY;
            }
        }
        for (int c = 0; c < n; c++) {
            best[catalog.styleOf(items == null ? c : items[c])] = -1;
        }
    }
}
