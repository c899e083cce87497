package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.TopK;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Shoes closest to a shoe by content (TF-IDF cosine), best first. Each shoe's best unfiltered answers are ranked
 * when the model is built, so most requests only walk a short list.
 */
final class SimilarShoes {

    /** Content neighbours ranked per shoe at fit time: 4 MB at 20,000 shoes, and enough for typical filters. */
    private static final int PRECOMPUTED_NEIGHBOURS = 50;

    private final Catalog catalog;
    private final ContentModel content;
    /** Per filter: the active shoes it admits. */
    private final ShoeMasks<ShoeFilter> eligibleMasks;
    /** Per shoe, its best {@link #PRECOMPUTED_NEIGHBOURS} unfiltered answers in order. */
    private final int[][] neighbours;

    SimilarShoes(Catalog catalog, ContentModel content, ShoeMasks<ShoeFilter> eligibleMasks,
                 ThreadLocal<Scratch> scratch) {
        this.catalog = catalog;
        this.content = content;
        this.eligibleMasks = eligibleMasks;
        this.neighbours = new int[catalog.size()][];
        IntStream.range(0, neighbours.length).parallel().forEach(item -> neighbours[item] =
                rank(item, ShoeFilter.none(), PRECOMPUTED_NEIGHBOURS, true, scratch.get()));
    }

    /**
     * Served from the neighbours ranked at build time while the filter (and, unless {@code allVariants}, one
     * colourway per style, none of the shoe's own style) leaves enough of them; else by scanning the catalogue.
     */
    List<ScoredShoe> similar(int item, int limit, ShoeFilter filter, boolean allVariants, Scratch scratch) {
        int[] near = neighbours[item];
        List<ScoredShoe> result = new ArrayList<>(Math.min(limit, near.length));
        Set<Integer> styles = new HashSet<>();
        styles.add(catalog.styleOf(item));
        for (int i : near) {
            if (result.size() == limit) {
                break;
            }
            if (filter.accepts(catalog.shoe(i)) && (allVariants || styles.add(catalog.styleOf(i)))) {
                // The same float products summed in the same term order as the scan: the identical double.
                result.add(new ScoredShoe(catalog.shoe(i).id(), content.cosine(item, i)));
            }
        }
        // A short answer is final unless the precomputed list was cut at its length and so may miss matches.
        if (result.size() == limit || near.length < PRECOMPUTED_NEIGHBOURS) {
            return result;
        }
        result.clear();
        for (int i : rank(item, filter, limit, allVariants, scratch)) {
            result.add(new ScoredShoe(catalog.shoe(i).id(), scratch.similarity[i]));
        }
        return result;
    }

    /**
     * The {@code limit} active shoes passing the filter with the highest positive cosine to {@code item}, best first
     * (ties: lower index first), unless {@code allVariants} the best of each style but the shoe's own; their scores
     * are left in {@code scratch.similarity}.
     */
    private int[] rank(int item, ShoeFilter filter, int limit, boolean allVariants, Scratch scratch) {
        float[] query = scratch.query;
        Arrays.fill(query, 0f);
        content.addItem(item, 1f, query);
        double[] scores = scratch.similarity;
        content.score(query, scores);
        long[] eligible = eligibleMasks.of(filter);
        int ownStyle = allVariants ? -1 : catalog.styleOf(item);
        for (int i = 0; i < scores.length; i++) {
            if (i == item || scores[i] <= 0 || (eligible[i >>> 6] >>> i & 1L) == 0 || catalog.styleOf(i) == ownStyle) {
                scores[i] = Double.NEGATIVE_INFINITY;
            }
        }
        if (!allVariants) {
            OneColourwayPerStyle.keepBest(catalog, null, scores, scores.length, scratch.bestOfStyle);
        }
        return TopK.select(scores, limit);
    }

    /** The shoe's nearest shoes by content ranked at build time, best first (active shoes only). */
    int[] neighbours(int item) {
        return neighbours[item];
    }

    /** At most: shoes without enough positive cosines keep fewer. */
    static long memoryBytes(int shoes) {
        return shoes * (16L + 4L * PRECOMPUTED_NEIGHBOURS);
    }
}
