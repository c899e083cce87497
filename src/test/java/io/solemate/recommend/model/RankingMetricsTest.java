package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
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

    @Test
    void everyMetricIsTheMeanOverUsers() {
        RankingMetrics m = new RankingMetrics(2, 10);
        assertEquals(1.0, m.add(new int[] {0, 1}, i -> i == 0, 1), 1e-12, "hit at rank 1");
        assertEquals(1 / log2(3), m.add(new int[] {2, 3}, i -> i == 3, 1), 1e-12, "hit at rank 2");
        assertEquals(0.0, m.add(new int[] {4, 5}, i -> i == 9, 2), "a miss");
        assertEquals(3, m.users());
        assertEquals((1 + 1 / log2(3) + 0) / 3, m.ndcg(), 1e-12);
        assertEquals((1 + 1 + 0) / 3.0, m.recall(), 1e-12);
        assertEquals((0.5 + 0.5 + 0) / 3, m.precision(), 1e-12);
        assertEquals(2 / 3.0, m.hitRate(), 1e-12);
        assertEquals(0.6, m.coverage(), 1e-12);
    }

    @Test
    void idealDcgStopsAtKWhenMoreItemsAreRelevant() {
        RankingMetrics m = new RankingMetrics(2, 10);
        // Five relevant items, two slots, both hits: a perfect ranking, recall 2/5.
        m.add(new int[] {3, 4, 5}, i -> i < 8, 5);
        assertEquals(1.0, m.ndcg(), 1e-12);
        assertEquals(0.4, m.recall(), 1e-12);
        assertEquals(1.0, m.precision(), 1e-12);
        assertEquals(0.2, m.coverage(), 1e-12, "only the first K count as shown");
    }

    @Test
    void shortRankingsStillDivideByK() {
        RankingMetrics m = new RankingMetrics(4, 8);
        m.add(new int[] {6}, i -> i == 6, 1);
        assertEquals(1.0, m.ndcg(), 1e-12);
        assertEquals(0.25, m.precision(), 1e-12);
        assertEquals(1 / 8.0, m.coverage(), 1e-12);
    }

    @Test
    void usersWithNothingRelevantAreLeftOut() {
        RankingMetrics m = new RankingMetrics(3, 10);
        m.add(new int[] {1, 2, 3}, i -> true, 0);
        assertEquals(0, m.users());
        assertEquals(0.0, m.coverage());
        m.add(new int[] {1, 2, 3}, i -> i == 2, 1);
        assertEquals(1, m.users());
        assertEquals(1 / log2(3), m.ndcg(), 1e-12);
        assertFalse(Double.isNaN(m.ndcg()));
    }

    @Test
    void noUsersMeansZeroNotNaN() {
        RankingMetrics m = new RankingMetrics(10, 5);
        assertEquals(0.0, m.ndcg());
        assertEquals(0.0, m.recall());
        assertEquals(0.0, m.precision());
        assertEquals(0.0, m.hitRate());
        assertEquals(0.0, m.coverage());
        assertEquals(0.0, new RankingMetrics(10, 0).coverage());
        assertEquals(List.of("ndcg@10", "recall@10", "precision@10", "hr@10", "coverage@10"),
                List.copyOf(m.summary().keySet()));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
