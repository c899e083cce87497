package io.solemate.recommend.training;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemToItem;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.PureSvd;
import io.solemate.recommend.model.RankingMetrics;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.model.UserInfo;
import io.solemate.recommend.serving.Blend;
import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.Candidates;
import io.solemate.recommend.serving.Component;
import io.solemate.recommend.serving.ModelParts;
import io.solemate.recommend.serving.Normalization;
import io.solemate.recommend.serving.Scratch;
import io.solemate.recommend.serving.ServedModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.IntPredicate;

/**
 * Fits every component from one {@link TrainingData} and packs them into a {@link ServedModel}.
 *
 * <p>A {@link ValidationSplit} holds out positives of up to {@code validationUsers} shoppers (at most half of those
 * eligible); {@link HyperParameterSearch} chooses each collaborative component's half-life and hyper-parameters on
 * it, and the blend is then chosen on the same users through the served {@link Blend} itself (their stated profiles
 * and popularity scope included), accepted over the best single component only when its paired improvement exceeds
 * its standard error. The components fitted on the training part are served, reading the full history: PureSVD and
 * the item-to-item model fold it in at request time, ALS re-solves its user factors on it.
 */
public final class ModelFitter {

    private static final int K = HyperParameterSearch.K;
    /** Blend grid: the collaborative weight, then how the rest splits between content and popularity. */
    private static final double[] COLLABORATIVE_GRID = {1.0, 0.8, 0.6, 0.4, 0.2};
    private static final double[] CONTENT_SHARE_GRID = {0.0, 0.5, 1.0};
    private static final List<Component> COLLABORATIVE = List.of(Component.PURE_SVD, Component.ALS,
            Component.ITEM_ITEM);
    /** The single components reported beside the hybrid, in the order shown. */
    private static final List<Component> SINGLES = List.of(Component.POPULARITY, Component.PURE_SVD, Component.ALS,
            Component.ITEM_ITEM, Component.CONTENT);

    private ModelFitter() {
    }

    public static ServedModel fit(TrainingData data, FitConfig config, long version, Instant now) {
        long start = System.nanoTime();
        Map<String, Long> millis = new LinkedHashMap<>();
        Catalog catalog = new Catalog(data.shoes());
        IdIndex users = data.userIndex(catalog);
        long t = System.nanoTime();
        double servedHalfLife = config.weights().halfLifeDays();
        InteractionMatrix full = InteractionMatrix.of(data.interactions(), catalog, users, config.weights(), now);
        millis.put("interactions", elapsed(t));

        t = System.nanoTime();
        ContentModel content = ContentModel.fit(catalog.documents());
        millis.put("Content", elapsed(t));

        boolean collaborative = full.nnz() > 0 && catalog.size() > 1;
        ValidationSplit split = collaborative
                ? ValidationSplit.draw(full, data.interactions(), catalog, users, config.validationUsers(), config.seed())
                : null;
        Map<Double, HyperParameterSearch.Matrices> matrices = new HashMap<>();
        DoubleFunction<HyperParameterSearch.Matrices> byHalfLife = h -> matrices.computeIfAbsent(h, days -> {
            InteractionMatrix m = days == servedHalfLife ? full : InteractionMatrix.of(data.interactions(), catalog, users,
                    config.weights().withHalfLife(days), now);
            return split == null ? new HyperParameterSearch.Matrices(m, m, m)
                    : new HyperParameterSearch.Matrices(m, m.without(split.mask(m, split.random())),
                            m.without(split.mask(m, split.temporal())));
        });

        Map<Component, HyperParameterSearch.Choice> choices = new EnumMap<>(Component.class);
        Map<String, Map<String, String>> search = new LinkedHashMap<>();
        t = System.nanoTime();
        HyperParameterSearch searcher = new HyperParameterSearch(config, catalog, split, byHalfLife, t);
        if (collaborative) {
            choices.putAll(searcher.searchAll());
        } else {
            choices.put(Component.POPULARITY, searcher.search(Component.POPULARITY));
        }
        choices.forEach((component, choice) -> search.put(component.label(), searcher.describe(component, choice)));
        search.put("search", searcher.summary(elapsed(t)));
        millis.put("search", elapsed(t));

        Map<String, Map<String, Double>> validation = new LinkedHashMap<>();
        BlendWeights weights = collaborative ? FitConfig.DEFAULT_BLEND : Blend.COLD_START;
        if (split != null) {
            t = System.nanoTime();
            InteractionMatrix train = byHalfLife.apply(servedHalfLife).randomTrain();
            ModelParts trainParts = new ModelParts(train.damped(),
                    (MostPopular) choices.get(Component.POPULARITY).scorer(),
                    (PureSvd) choices.get(Component.PURE_SVD).scorer(),
                    (ImplicitAls) choices.get(Component.ALS).scorer(),
                    (ItemToItem) choices.get(Component.ITEM_ITEM).scorer(), content);
            Tuning tuning = tune(split, catalog, trainParts, profiles(data, users));
            weights = tuning.weights();
            validation = tuning.metrics();
            millis.put("validation", elapsed(t));
        }

        // Served: the components the blend weighs, reading the full history with their own decay; ALS also when
        // the blend weighs no collaborative component, as replacement suggestions are re-ranked by its score.
        t = System.nanoTime();
        Map<Double, InteractionMatrix> dampedFull = new HashMap<>();
        DoubleFunction<InteractionMatrix> history = h -> dampedFull.computeIfAbsent(h,
                days -> byHalfLife.apply(days).full().damped());
        InteractionMatrix damped = history.apply(servedHalfLife);
        PureSvd svd = null;
        ImplicitAls als = null;
        ItemToItem itemItem = null;
        if (collaborative) {
            if (weights.weight(Component.PURE_SVD) > 0) {
                HyperParameterSearch.Choice c = choices.get(Component.PURE_SVD);
                svd = new PureSvd(history.apply(c.halfLifeDays()), ((PureSvd) c.scorer()).factors());
            }
            if (weights.weight(Component.ALS) > 0 || weights.collaborative() == 0) {
                HyperParameterSearch.Choice c = choices.get(Component.ALS);
                als = split == null ? (ImplicitAls) c.scorer() : ((ImplicitAls) c.scorer()).withUsersSolved(
                        history.apply(c.halfLifeDays()), c.parameters().get("regularization").floatValue(),
                        c.parameters().get("alpha").floatValue(), config.threads());
            }
            if (weights.weight(Component.ITEM_ITEM) > 0) {
                HyperParameterSearch.Choice c = choices.get(Component.ITEM_ITEM);
                itemItem = ((ItemToItem) c.scorer()).withHistory(history.apply(c.halfLifeDays()));
            }
        }
        MostPopular popularity = MostPopular.fit(
                byHalfLife.apply(choices.get(Component.POPULARITY).halfLifeDays()).full());
        ModelParts parts = new ModelParts(damped, popularity, svd, als, itemItem, content);
        millis.put("serve", elapsed(t));
        millis.put("total", elapsed(start));
        return ServedModel.create(version, now, catalog, users, full, parts, weights, millis, validation, search);
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Stated profiles by dense user index (null where none was stated). */
    private static UserInfo[] profiles(TrainingData data, IdIndex users) {
        UserInfo[] byIndex = new UserInfo[users.size()];
        for (UserInfo u : data.users()) {
            byIndex[users.indexOf(u.id())] = u;
        }
        return byIndex;
    }

    record Tuning(BlendWeights weights, Map<String, Map<String, Double>> metrics) {
    }

    /**
     * Every blend of the grid, in the order they are tried: for each non-empty set of collaborative components
     * (their weight spread evenly), each collaborative weight and each split of the rest.
     */
    static List<BlendWeights> grid() {
        List<BlendWeights> grid = new ArrayList<>();
        for (int set = 1; set < 1 << COLLABORATIVE.size(); set++) {
            List<Component> choice = new ArrayList<>();
            for (int c = 0; c < COLLABORATIVE.size(); c++) {
                if ((set >>> c & 1) != 0) {
                    choice.add(COLLABORATIVE.get(c));
                }
            }
            for (double c : COLLABORATIVE_GRID) {
                for (double share : CONTENT_SHARE_GRID) {
                    if (c == 1 && share > 0) {
                        continue;
                    }
                    Map<Component, Double> w = new EnumMap<>(Component.class);
                    for (Component component : choice) {
                        w.put(component, round(c / choice.size()));
                    }
                    w.put(Component.CONTENT, round((1 - c) * share));
                    w.put(Component.POPULARITY, round((1 - c) * (1 - share)));
                    grid.add(BlendWeights.minMax(w));
                }
            }
        }
        return grid;
    }

    /**
     * Ranks each single component and every blend of the grid for the validation users, through the served blend,
     * over the shoes they have not interacted with in training. The best single component is the incumbent; the
     * best blend replaces it only when its paired improvement over the users exceeds its standard error.
     */
    static Tuning tune(ValidationSplit split, Catalog catalog, ModelParts trainParts, UserInfo[] profiles) {
        int items = catalog.size();
        int users = split.users().length;
        List<BlendWeights> grid = grid();
        List<BlendWeights> singles = new ArrayList<>();
        for (Component component : SINGLES) {
            singles.add(BlendWeights.minMax(Map.of(component, 1.0)));
        }
        double[][] gridScores = new double[grid.size()][users];
        double[][] singleScores = new double[singles.size()][users];
        RankingMetrics[] gridMetrics = metrics(grid.size(), items);
        RankingMetrics[] singleMetrics = metrics(singles.size(), items);
        Blend blend = new Blend(catalog, trainParts, FitConfig.DEFAULT_BLEND);
        Scratch scratch = blend.newScratch();
        InteractionMatrix train = trainParts.damped();
        boolean[] seen = new boolean[items];
        int[] buffer = new int[items];
        double[] work = new double[items];
        for (int v = 0; v < users; v++) {
            int user = split.users()[v];
            int[] heldOut = split.random()[v];
            IntPredicate relevant = i -> Arrays.binarySearch(heldOut, i) >= 0;
            Arrays.fill(seen, false);
            for (int k = train.rowStart(user); k < train.rowEnd(user); k++) {
                seen[train.colIndex(k)] = true;
            }
            Candidates candidates = Candidates.excluding(catalog, seen, buffer);
            Blend.Prepared prepared = blend.prepare(user, profiles[user], candidates, Normalization.MINMAX, scratch);
            for (int s = 0; s < singles.size(); s++) {
                singleScores[s][v] = singleMetrics[s].add(prepared.top(singles.get(s), K, work), relevant,
                        heldOut.length);
            }
            for (int g = 0; g < grid.size(); g++) {
                gridScores[g][v] = gridMetrics[g].add(prepared.top(grid.get(g), K, work), relevant, heldOut.length);
            }
        }
        int single = best(singleMetrics);
        int blended = best(gridMetrics);
        boolean blendWins = HyperParameterSearch.pairedImprovement(gridScores[blended], singleScores[single]);
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        for (int s = 0; s < singles.size(); s++) {
            metrics.put(SINGLES.get(s).label(), headline(singleMetrics[s]));
        }
        metrics.put("Hybrid", headline(blendWins ? gridMetrics[blended] : singleMetrics[single]));
        return new Tuning(blendWins ? grid.get(blended) : singles.get(single), metrics);
    }

    private static RankingMetrics[] metrics(int count, int items) {
        RankingMetrics[] m = new RankingMetrics[count];
        for (int i = 0; i < count; i++) {
            m[i] = new RankingMetrics(K, items);
        }
        return m;
    }

    /** The index of the best NDCG; ties keep the first. */
    private static int best(RankingMetrics[] metrics) {
        int best = 0;
        for (int i = 1; i < metrics.length; i++) {
            if (metrics[i].ndcg() > metrics[best].ndcg()) {
                best = i;
            }
        }
        return best;
    }

    /** Grid weights to three decimals, so 0.3 prints as 0.3 rather than 0.30000000000000004. */
    private static double round(double weight) {
        return Math.round(weight * 1000) / 1000.0;
    }

    private static Map<String, Double> headline(RankingMetrics m) {
        Map<String, Double> h = new LinkedHashMap<>();
        h.put("ndcg@" + K, m.ndcg());
        h.put("recall@" + K, m.recall());
        return h;
    }
}
