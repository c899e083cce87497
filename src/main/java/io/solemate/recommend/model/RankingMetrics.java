package io.solemate.recommend.model;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Top-K ranking metrics averaged over users: NDCG (binary relevance), recall (hits / relevant), precision
 * (hits / K), hit rate (at least one hit) and catalogue coverage (distinct recommended items / items). Shared by the
 * fitter's validation and the offline evaluation so both speak the same numbers.
 */
public final class RankingMetrics {

    private final int k;
    private final int items;
    private final BitSet recommended;
    private double ndcg;
    private double recall;
    private double precision;
    private double hits;
    private int users;

    public RankingMetrics(int k, int items) {
        this.k = k;
        this.items = items;
        this.recommended = new BitSet(items);
    }

    /**
     * Adds one user's ranking (item indexes, best first; only the first K count) against the relevant items, and
     * returns this user's NDCG (0 when they have no relevant items, and then nothing is added).
     */
    public double add(int[] ranked, IntPredicate relevant, int relevantCount) {
        if (relevantCount <= 0) {
            return 0;
        }
        int depth = Math.min(k, ranked.length);
        double dcg = 0;
        int hitCount = 0;
        for (int pos = 0; pos < depth; pos++) {
            recommended.set(ranked[pos]);
            if (relevant.test(ranked[pos])) {
                dcg += 1.0 / log2(pos + 2);
                hitCount++;
            }
        }
        double idcg = 0;
        for (int pos = 0; pos < Math.min(k, relevantCount); pos++) {
            idcg += 1.0 / log2(pos + 2);
        }
        double userNdcg = dcg / idcg;
        ndcg += userNdcg;
        recall += (double) hitCount / relevantCount;
        precision += (double) hitCount / k;
        hits += hitCount > 0 ? 1 : 0;
        users++;
        return userNdcg;
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }

    public int users() {
        return users;
    }

    public double ndcg() {
        return users == 0 ? 0 : ndcg / users;
    }

    public double recall() {
        return users == 0 ? 0 : recall / users;
    }

    public double precision() {
        return users == 0 ? 0 : precision / users;
    }

    public double hitRate() {
        return users == 0 ? 0 : hits / users;
    }

    public double coverage() {
        return items == 0 ? 0 : (double) recommended.cardinality() / items;
    }

    /** The metrics keyed as "ndcg@10", "recall@10", "precision@10", "hr@10", "coverage@10". */
    public Map<String, Double> summary() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("ndcg@" + k, ndcg());
        m.put("recall@" + k, recall());
        m.put("precision@" + k, precision());
        m.put("hr@" + k, hitRate());
        m.put("coverage@" + k, coverage());
        return m;
    }
}
