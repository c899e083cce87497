package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    @Test
    void computesTextbookValues() {
        RankingMetrics m = new RankingMetrics(3, 10);
        // Relevant {1, 5}; ranked 1 (hit), 2, 5 (hit).
        m.add(new int[] {1, 2, 5}, i -> i == 1 || i == 5, 2);
        double idcg = 1 + 1 / log2(3);
        assertEquals((1 + 1 / log2(4)) / idcg, m.ndcg(), 1e-12);
        assertEquals(1.0, m.recall(), 1e-12);
        assertEquals(2.0 / 3, m.precision(), 1e-12);
        assertEquals(1.0, m.hitRate(), 1e-12);
        // A miss for a second user halves everything; coverage counts distinct items shown.
        m.add(new int[] {7, 8, 9}, i -> i == 0, 1);
        assertEquals(0.5, m.hitRate(), 1e-12);
        assertEquals(0.5, m.recall(), 1e-12);
        assertEquals(0.6, m.coverage(), 1e-12);
        assertEquals(2, m.users());
        assertEquals(m.ndcg(), m.summary().get("ndcg@3"));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
