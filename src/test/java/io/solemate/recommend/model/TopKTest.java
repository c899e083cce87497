package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {

    @Test
    void selectsTheSameAsAFullSort() {
        Random random = new Random(1);
        for (int trial = 0; trial < 50; trial++) {
            double[] scores = new double[1 + random.nextInt(500)];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = random.nextInt(4) == 0 ? Double.NEGATIVE_INFINITY : random.nextInt(100);
            }
            int k = 1 + random.nextInt(30);
            int[] expected = IntStream.range(0, scores.length).boxed()
                    .filter(i -> scores[i] > Double.NEGATIVE_INFINITY)
                    .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, TopK.select(scores, k));
        }
    }

    @Test
    void skipsExcludedAndNaN() {
        double[] scores = {Double.NaN, 1, Double.NEGATIVE_INFINITY, 3};
        assertArrayEquals(new int[] {3, 1}, TopK.select(scores, 5));
        assertEquals(0, TopK.select(scores, 0).length);
    }

    /** Over a subset of items, with ties, negative scores and rising runs (the heap's worst case), as a full sort. */
    @Test
    void floatSelectionOverItemsMatchesAFullSort() {
        Random random = new Random(2);
        for (int trial = 0; trial < 200; trial++) {
            float[] scores = new float[1 + random.nextInt(2_000)];
            boolean rising = trial % 3 == 0;
            for (int i = 0; i < scores.length; i++) {
                scores[i] = rising ? i * 0.01f - 3 : random.nextInt(60) - 30 + (random.nextBoolean() ? 0.5f : 0f);
            }
            int[] items = IntStream.range(0, scores.length).filter(i -> random.nextInt(4) != 0).toArray();
            int k = 1 + random.nextInt(80);
            int[] expected = IntStream.of(items).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, TopK.select(scores, items, items.length, k), "trial " + trial);
        }
    }

    /**
     * Large enough for the sampled bar: rising, falling and random scores, excluded shoes, and a catalogue where
     * only the sampled positions score high, so the bar is set too high and the second pass must answer.
     */
    @Test
    void sampledFloatSelectionIsExactWhateverTheOrder() {
        Random random = new Random(3);
        for (int t = 0; t < 40; t++) {
            int trial = t;
            int n = 4_000 + random.nextInt(20_000);
            float[] scores = new float[n];
            for (int i = 0; i < n; i++) {
                scores[i] = switch (trial % 4) {
                    case 0 -> i * 0.001f;
                    case 1 -> -i * 0.001f;
                    case 2 -> random.nextInt(3) == 0 ? Float.NEGATIVE_INFINITY : random.nextFloat();
                    default -> i % 8 == 0 ? 100 + random.nextFloat() : random.nextFloat(); // the sampled ones lead
                };
            }
            int[] items = IntStream.range(0, n).filter(i -> trial % 5 != 0 || i % 3 != 0).toArray();
            int k = 1 + random.nextInt(Math.min(300, items.length / 16));
            int[] expected = IntStream.of(items).filter(i -> scores[i] > Float.NEGATIVE_INFINITY).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparing(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, TopK.select(scores, items, items.length, k), "trial " + trial + ", k " + k);
        }
    }

    @Test
    void tiesGoToTheLowerIndex() {
        double[] scores = {2, 5, 5, 1, 5, 5, 5};
        assertArrayEquals(new int[] {1, 2, 4}, TopK.select(scores, 3));
        assertArrayEquals(new int[] {0, 1, 2, 3}, TopK.select(new double[] {7, 7, 7, 7, 7, 7}, 4));
        assertArrayEquals(new int[] {1, 2}, TopK.select(scores, 4, 2), "only the first four scores");
    }

    @Test
    void floatSelectionSkipsExcludedAndNaNAndAsksForNothingGracefully() {
        float[] scores = {Float.NEGATIVE_INFINITY, 2, Float.NaN, Float.NEGATIVE_INFINITY, -1};
        int[] all = {0, 1, 2, 3, 4};
        assertArrayEquals(new int[] {1, 4}, TopK.select(scores, all, all.length, 5));
        assertArrayEquals(new int[0], TopK.select(scores, all, all.length, 0));
        assertArrayEquals(new int[0], TopK.select(scores, all, 0, 3));
    }
}
