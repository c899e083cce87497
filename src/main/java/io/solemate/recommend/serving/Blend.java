package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.TopK;
import io.solemate.recommend.model.UserInfo;
import java.util.Arrays;
import java.util.Map;

/**
 * The one blend: turns a shopper's context and a set of candidates into a ranking. Serving, the fit's validation
 * and the offline evaluation all rank through it, popularity scope included, so what validation tunes is what
 * customers get.
 *
 * <p>Each component's raw scores are normalized over the candidates ({@link Normalization}) and summed with the
 * fitted weights in {@link Component} order. Shoppers with history get the tuned weights, others
 * {@link #COLD_START}. Popularity only promotes shoes in the shopper's
 * scope ({@link PopularityScope}). A component weighted zero adds exactly zero and is never computed.
 */
public final class Blend {

    /** Blend for shoppers without history: stated tastes lead, popularity fills in. */
    public static final BlendWeights COLD_START = BlendWeights.minMax(
            Map.of(Component.CONTENT, 0.6, Component.POPULARITY, 0.4));
    private static final Component[] COMPONENTS = Component.values();

    private final Catalog catalog;
    private final ModelParts parts;
    private final BlendWeights tuned;
    private final ShoeMasks<PopularityScope> scopeMasks;

    public Blend(Catalog catalog, ModelParts parts, BlendWeights tuned) {
        this(catalog, parts, tuned, new ShoeMasks<>(scope -> scope.mask(catalog)));
    }

    private Blend(Catalog catalog, ModelParts parts, BlendWeights tuned, ShoeMasks<PopularityScope> scopeMasks) {
        this.catalog = catalog;
        this.parts = parts;
        this.tuned = tuned;
        this.scopeMasks = scopeMasks;
    }

    /** This blend over one customer's own parts ({@link ModelParts#forCustomer}), sharing the scope cache. */
    Blend forCustomer(ModelParts customerParts) {
        return new Blend(catalog, customerParts, tuned, scopeMasks);
    }

    public BlendWeights tuned() {
        return tuned;
    }

    /** Working arrays for one thread's rankings with this blend. */
    public Scratch newScratch() {
        return new Scratch(catalog.size(), parts.content().newQuery().length, catalog.styleCount());
    }

    /** The popularity scope's mask of a ranking for this shopper under these weights; null when it needs none. */
    long[] scopeMask(int user, UserInfo profile, BlendWeights weights) {
        return weights.weight(Component.POPULARITY) > 0
                ? scopeMasks.of(PopularityScope.of(profile, !parts.hasHistory(user))) : null;
    }

    /** The weights a shopper gets: the tuned ones with history, else cold start. */
    BlendWeights weightsFor(int user) {
        return parts.hasHistory(user) ? tuned : COLD_START;
    }

    /**
     * A ranking, best first: dense shoe indexes, their blended scores, the weighted normalized score of each
     * component group (they add up to the score), and the size popularity was scoped to, if any.
     */
    public record Ranking(int[] items, double[] scores, ComponentScores[] shares, Float scopedSize) {
    }

    /**
     * Ranks the candidates for shopper {@code user} (-1 when unknown to the model) with their stated profile, every
     * colourway on its own.
     */
    public Ranking rank(int user, UserInfo profile, Candidates candidates, int limit, Scratch scratch) {
        return rank(user, profile, candidates, limit, true, scratch);
    }

    /** As {@link #rank}; unless {@code allVariants}, only the best-scored colourway of each style can be picked. */
    public Ranking rank(int user, UserInfo profile, Candidates candidates, int limit, boolean allVariants,
                        Scratch scratch) {
        BlendWeights weights = weightsFor(user);
        PopularityScope scope = PopularityScope.of(profile, !parts.hasHistory(user));
        long[] mask = scopeMask(user, profile, weights);
        int n = candidates.size();
        int[] items = candidates.items();
        double[] blended = scratch.blended;
        Arrays.fill(blended, 0, n, 0);
        Normalization.Scale[] scales = new Normalization.Scale[COMPONENTS.length];
        for (Component component : COMPONENTS) {
            double weight = weights.weight(component);
            double[] raw = scratch.raw[component.ordinal()];
            if (weight == 0 || !parts.has(component) || !parts.score(component, user, profile, mask, scratch, raw, candidates)) {
                continue;
            }
            Normalization.Scale scale = weights.normalization().fit(raw, items, n);
            scales[component.ordinal()] = scale;
            // The loops below run once per candidate and are most of a request's cost: one pass per component.
            if (scale != Normalization.Scale.NONE) {
                for (int c = 0; c < n; c++) {
                    blended[c] += weight * scale.normalize(raw[items[c]]);
                }
            }
        }
        if (!allVariants) {
            OneColourwayPerStyle.keepBest(catalog, items, blended, n, scratch.bestOfStyle);
        }
        int[] top = TopK.select(blended, n, limit);
        int[] picked = new int[top.length];
        double[] scores = new double[top.length];
        ComponentScores[] shares = new ComponentScores[top.length];
        for (int t = 0; t < top.length; t++) {
            int i = items[top[t]];
            picked[t] = i;
            scores[t] = blended[top[t]];
            shares[t] = shares(i, weights, scales, scratch);
        }
        return new Ranking(picked, scores, shares, scope.size());
    }

    private static ComponentScores shares(int item, BlendWeights weights, Normalization.Scale[] scales,
                                          Scratch scratch) {
        double[] group = new double[Component.Group.values().length];
        for (Component component : COMPONENTS) {
            Normalization.Scale scale = scales[component.ordinal()];
            if (scale != null) {
                group[component.group().ordinal()] += weights.weight(component)
                        * scale.normalize(scratch.raw[component.ordinal()][item]);
            }
        }
        return new ComponentScores(group[Component.Group.COLLABORATIVE.ordinal()],
                group[Component.Group.CONTENT.ordinal()], group[Component.Group.POPULARITY.ordinal()]);
    }

    /**
     * Every fitted component's normalized scores for one shopper with history, packed by candidate position, so
     * that validation can rank the same request under many weightings at the cost of one.
     */
    public Prepared prepare(int user, UserInfo profile, Candidates candidates, Normalization normalization,
                            Scratch scratch) {
        long[] mask = scopeMasks.of(PopularityScope.of(profile, !parts.hasHistory(user)));
        int n = candidates.size();
        int[] items = candidates.items();
        double[][] normalized = new double[COMPONENTS.length][];
        for (Component component : COMPONENTS) {
            double[] raw = scratch.raw[component.ordinal()];
            if (!parts.has(component) || !parts.score(component, user, profile, mask, scratch, raw, candidates)) {
                continue;
            }
            Normalization.Scale scale = normalization.fit(raw, items, n);
            if (scale != Normalization.Scale.NONE) {
                double[] packed = new double[n];
                for (int c = 0; c < n; c++) {
                    packed[c] = scale.normalize(raw[items[c]]);
                }
                normalized[component.ordinal()] = packed;
            }
        }
        return new Prepared(Arrays.copyOf(items, n), normalized);
    }

    /** One request's normalized components, ready to be weighted. */
    public static final class Prepared {
        private final int[] items;
        private final double[][] normalized;

        private Prepared(int[] items, double[][] normalized) {
            this.items = items;
            this.normalized = normalized;
        }

        /** The best {@code limit} shoes (dense indexes) under these weights: what {@link #rank} would return. */
        public int[] top(BlendWeights weights, int limit, double[] work) {
            int n = items.length;
            Arrays.fill(work, 0, n, 0);
            for (Component component : COMPONENTS) {
                double weight = weights.weight(component);
                double[] packed = normalized[component.ordinal()];
                if (weight == 0 || packed == null) {
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    work[c] += weight * packed[c];
                }
            }
            int[] top = TopK.select(work, n, limit);
            for (int t = 0; t < top.length; t++) {
                top[t] = items[top[t]];
            }
            return top;
        }
    }
}
