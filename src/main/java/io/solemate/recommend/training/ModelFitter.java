package io.solemate.recommend.training;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ContentModel;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemFactors;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Fits every component from one {@link TrainingData} and packs them into a {@link ServedModel}.
 *
 * <p>Blend weights are tuned on a validation split: a few positives of up to {@code validationUsers} shoppers are
 * held out, the components are fitted once on the rest, and a small grid of blends is ranked by NDCG@10 on the
 * held-out shoes through the served {@link Blend} itself (their stated profiles and popularity scope included).
 * Those same components are served (no refit), which keeps fitting to one pass; the held-out events still count as
 * history when serving.
 */
public final class ModelFitter {

    private static final int MIN_VALIDATION_USERS = 20;
    private static final int MAX_HELD_OUT_PER_USER = 5;
    private static final int K = 10;
    /** Blend grid: the collaborative weight, then how the rest splits between content and popularity. */
    private static final double[] COLLABORATIVE_GRID = {1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.2, 0.0};
    private static final double[] CONTENT_SHARE_GRID = {0.0, 0.5, 1.0};
    /** Which collaborative components a grid blend spreads its collaborative weight over, evenly. */
    private static final List<List<Component>> COLLABORATIVE_CHOICES = List.of(List.of(Component.PURE_SVD),
            List.of(Component.ALS), List.of(Component.PURE_SVD, Component.ALS));
    /** The single components reported beside the hybrid, in the order shown. */
    private static final List<Component> SINGLES = List.of(Component.POPULARITY, Component.PURE_SVD, Component.ALS,
            Component.CONTENT);

    private ModelFitter() {
    }

    public static ServedModel fit(TrainingData data, FitConfig config, long version, Instant now) {
        long start = System.nanoTime();
        Map<String, Long> millis = new LinkedHashMap<>();
        Catalog catalog = new Catalog(data.shoes());
        IdIndex users = data.userIndex(catalog);
        long t = System.nanoTime();
        InteractionMatrix full = InteractionMatrix.of(data.interactions(), catalog, users, config.weights(), now);
        millis.put("interactions", elapsed(t));

        t = System.nanoTime();
        ContentModel content = ContentModel.fit(catalog.documents());
        millis.put("Content", elapsed(t));

        Split split = Split.draw(full, config.validationUsers(), config.seed());
        InteractionMatrix train = split == null ? full : full.without(split.dropped());
        InteractionMatrix dampedTrain = train.damped();
        boolean collaborative = train.nnz() > 0 && catalog.size() > 1;

        ItemFactors svdFactors = null;
        ImplicitAls als = null;
        if (collaborative) {
            t = System.nanoTime();
            svdFactors = PureSvd.fit(dampedTrain, config.svdFactors());
            millis.put("PureSVD", elapsed(t));
            t = System.nanoTime();
            als = ImplicitAls.fit(dampedTrain, config.alsFactors(), config.alsIterations(),
                    config.alsRegularization(), config.alsAlpha(), config.threads(), config.seed());
            millis.put("ALS", elapsed(t));
        }

        Map<String, Map<String, Double>> validation = new LinkedHashMap<>();
        BlendWeights weights = FitConfig.DEFAULT_BLEND;
        if (collaborative && split != null) {
            t = System.nanoTime();
            ModelParts trainParts = new ModelParts(dampedTrain, MostPopular.fit(train),
                    new PureSvd(dampedTrain, svdFactors), als, content);
            Tuning tuning = tune(split, catalog, trainParts, profiles(data, users));
            weights = tuning.weights();
            validation = tuning.metrics();
            millis.put("validation", elapsed(t));
        } else if (!collaborative) {
            weights = Blend.COLD_START;
        }
        millis.put("total", elapsed(start));

        // Collaborative components the blend does not weigh are not served, except ALS when it weighs none:
        // replacement suggestions are re-ranked by a collaborative score.
        InteractionMatrix damped = full.damped();
        boolean servesAls = weights.weight(Component.ALS) > 0 || weights.collaborative() == 0;
        ModelParts parts = new ModelParts(damped, MostPopular.fit(full),
                weights.weight(Component.PURE_SVD) > 0 ? new PureSvd(damped, svdFactors) : null,
                servesAls ? als : null, content);
        return ServedModel.create(version, now, catalog, users, full, parts, weights, millis, validation);
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

    /** Held-out positives (anything stronger than a view) of the validation users. */
    record Split(boolean[] dropped, int[] users, int[][] heldOut) {

        static Split draw(InteractionMatrix full, int maxUsers, long seed) {
            if (maxUsers == 0) {
                return null;
            }
            Random random = new Random(seed);
            int[] order = new int[full.rows()];
            for (int u = 0; u < order.length; u++) {
                order[u] = u;
            }
            shuffle(order, order.length, random);
            boolean[] dropped = new boolean[full.nnz()];
            int[] chosen = new int[Math.min(maxUsers, order.length)];
            int[][] heldOut = new int[chosen.length][];
            int n = 0;
            int[] positives = new int[full.cols()];
            for (int u : order) {
                if (n == chosen.length) {
                    break;
                }
                int count = 0;
                for (int k = full.rowStart(u); k < full.rowEnd(u); k++) {
                    if (full.strongestKind(k) != EventKind.VIEW) {
                        positives[count++] = k;
                    }
                }
                if (count < 2) {
                    continue;
                }
                int hold = Math.min(MAX_HELD_OUT_PER_USER, Math.max(1, count / 5));
                shuffle(positives, count, random);
                int[] items = new int[hold];
                for (int h = 0; h < hold; h++) {
                    dropped[positives[h]] = true;
                    items[h] = full.colIndex(positives[h]);
                }
                chosen[n] = u;
                heldOut[n] = items;
                n++;
            }
            if (n < MIN_VALIDATION_USERS) {
                return null;
            }
            return new Split(dropped, Arrays.copyOf(chosen, n), Arrays.copyOf(heldOut, n));
        }

        private static void shuffle(int[] a, int n, Random random) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = a[i];
                a[i] = a[j];
                a[j] = tmp;
            }
        }
    }

    record Tuning(BlendWeights weights, Map<String, Map<String, Double>> metrics) {
    }

    /** Every blend of the grid, in the order they are tried; ties keep the first. */
    static List<BlendWeights> grid() {
        List<BlendWeights> grid = new ArrayList<>();
        for (List<Component> choice : COLLABORATIVE_CHOICES) {
            for (double c : COLLABORATIVE_GRID) {
                for (double share : CONTENT_SHARE_GRID) {
                    if (c == 1 && share > 0) {
                        continue;
                    }
                    Map<Component, Double> w = new EnumMap<>(Component.class);
                    for (Component component : choice) {
                        w.put(component, c / choice.size());
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
     * over the shoes they have not interacted with in training; keeps the blend with the best NDCG@10.
     */
    static Tuning tune(Split split, Catalog catalog, ModelParts trainParts, UserInfo[] profiles) {
        int items = catalog.size();
        List<BlendWeights> grid = grid();
        RankingMetrics[] blends = new RankingMetrics[grid.size()];
        for (int g = 0; g < blends.length; g++) {
            blends[g] = new RankingMetrics(K, items);
        }
        RankingMetrics[] singles = new RankingMetrics[SINGLES.size()];
        for (int s = 0; s < singles.length; s++) {
            singles[s] = new RankingMetrics(K, items);
        }
        Blend blend = new Blend(catalog, trainParts, FitConfig.DEFAULT_BLEND);
        Scratch scratch = blend.newScratch();
        InteractionMatrix train = trainParts.damped();
        boolean[] seen = new boolean[items];
        int[] buffer = new int[items];
        double[] work = new double[items];
        for (int v = 0; v < split.users().length; v++) {
            int user = split.users()[v];
            int[] heldOut = split.heldOut()[v];
            IntPredicate relevant = i -> contains(heldOut, i);
            Arrays.fill(seen, false);
            for (int k = train.rowStart(user); k < train.rowEnd(user); k++) {
                seen[train.colIndex(k)] = true;
            }
            Candidates candidates = Candidates.excluding(catalog, seen, buffer);
            Blend.Prepared prepared = blend.prepare(user, profiles[user], candidates, Normalization.MINMAX, scratch);
            for (int s = 0; s < singles.length; s++) {
                singles[s].add(prepared.top(BlendWeights.minMax(Map.of(SINGLES.get(s), 1.0)), K, work), relevant,
                        heldOut.length);
            }
            for (int g = 0; g < grid.size(); g++) {
                blends[g].add(prepared.top(grid.get(g), K, work), relevant, heldOut.length);
            }
        }
        int best = 0;
        for (int g = 1; g < grid.size(); g++) {
            if (blends[g].ndcg() > blends[best].ndcg()) {
                best = g;
            }
        }
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        for (int s = 0; s < singles.length; s++) {
            metrics.put(SINGLES.get(s).label(), headline(singles[s]));
        }
        metrics.put("Hybrid", headline(blends[best]));
        return new Tuning(grid.get(best), metrics);
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

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
