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

    @Test
    void tiesGoToTheLowerIndex() {
        double[] scores = {2, 5, 5, 1, 5, 5, 5};
        assertArrayEquals(new int[] {1, 2, 4}, TopK.select(scores, 3));
        assertArrayEquals(new int[] {0, 1, 2, 3}, TopK.select(new double[] {7, 7, 7, 7, 7, 7}, 4));
        assertArrayEquals(new int[] {1, 2}, TopK.select(scores, 4, 2), "only the first four scores");
    }
}
