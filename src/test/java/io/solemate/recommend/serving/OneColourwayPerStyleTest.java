package io.solemate.recommend.serving;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ShoeInfo;
import org.junit.jupiter.api.Test;

/** Shoes 0 and 2 are colourways of style A, 3 and 4 of style C; shoe 1 is a style of its own. */
class OneColourwayPerStyleTest {

    private static final double OUT = Double.NEGATIVE_INFINITY;

    private final Catalog catalog = new Catalog(new ShoeInfo[] {shoe(0, "A"), shoe(1, null), shoe(2, "A"),
        shoe(3, "C"), shoe(4, "C")});
    private final int[] best = {-1, -1, -1};

    private static ShoeInfo shoe(long id, String style) {
        return new ShoeInfo(id, null, null, null, null, null, null, null, 10, true, true, null, style, null);
    }

    @Test
    void keepsTheBestColourwayOfEachStyleAndTheFirstOfATie() {
        double[] scores = {5, 1, 7, 2, 2};
        OneColourwayPerStyle.keepBest(catalog, null, scores, scores.length, best);
        assertArrayEquals(new double[] {OUT, 1, 7, 2, OUT}, scores);
        assertArrayEquals(new int[] {-1, -1, -1}, best, "left as found for the next request");
    }

    @Test
    void readsShoesThroughTheirPositionsAndOnlyTheFirstN() {
        // Positions 0-2 hold shoes 4, 3 and 0; position 3 (shoe 2, a better colourway of A) is past n.
        double[] scores = {3, 4, 2, 9};
        OneColourwayPerStyle.keepBest(catalog, new int[] {4, 3, 0, 2}, scores, 3, best);
        assertArrayEquals(new double[] {OUT, 4, 2, 9}, scores);
        assertArrayEquals(new int[] {-1, -1, -1}, best);
    }
}
