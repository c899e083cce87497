package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * Fits every model from one {@link TrainingData} and packs them into a {@link Snapshot}.
 *
 * <p>Blend weights and the collaborative model are tuned on a validation split: a few positives of up to
 * {@code validationUsers} shoppers are held out, the models are fitted once on the rest, and a small grid of blends
 * is ranked by NDCG@10 on the held-out shoes. Those same models are served (no refit), which keeps fitting to one
 * pass; the held-out events still count as history when serving.
 */
public final class ModelFitter {

    /** Confidence and fold-in use log-damped weights so repeated views cannot drown a purchase. */
    static final DoubleUnaryOperator DAMPED = Math::log1p;
    static final int ITEM_KNN_NEIGHBOURS = 100;
    private static final int MIN_VALIDATION_USERS = 20;
    private static final int MAX_HELD_OUT_PER_USER = 5;
    private static final int K = 10;
    /** Blend grid: the collaborative weight, then how the rest splits between content and popularity. */
    private static final double[] COLLABORATIVE_GRID = {1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.2, 0.0};
    private static final double[] CONTENT_SHARE_GRID = {0.0, 0.5, 1.0};

    private ModelFitter() {
    }

    public static Snapshot fit(TrainingData data, FitConfig config, long version, Instant now) {
        long start = System.nanoTime();
        Map<String, Long> millis = new LinkedHashMap<>();
        Catalog catalog = new Catalog(data.shoesView());
        IdIndex users = userIndex(data, catalog);
        long t = System.nanoTime();
        InteractionMatrix full = interactions(data.events(), catalog, users, config.weights(), now);
        millis.put("interactions", elapsed(t));

        t = System.nanoTime();
        ContentModel content = ContentModel.fit(catalog.documents());
        millis.put("Content", elapsed(t));

        Split split = Split.draw(full, config.validationUsers(), config.seed());
        InteractionMatrix train = split == null ? full : full.without(split.dropped());
        InteractionMatrix dampedTrain = train.mapValues(DAMPED);
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
        Collaborative.Choice choice = Collaborative.Choice.ALS;
        if (collaborative && split != null) {
            t = System.nanoTime();
            Tuning tuning = tune(split, catalog, dampedTrain, train.columnSums(),
                    new PureSvd(dampedTrain, svdFactors), als, content);
            weights = tuning.weights();
            choice = tuning.choice();
            validation = tuning.metrics();
            millis.put("validation", elapsed(t));
        } else if (!collaborative) {
            weights = Snapshot.COLD_START_BLEND;
        }
        millis.put("total", elapsed(start));

        Collaborative collab = collaborative
                ? new Collaborative(choice, new PureSvd(full.mapValues(DAMPED), svdFactors), als) : null;
        return Snapshot.create(version, now, catalog, users, full, full.columnSums(), collab, content, weights,
                millis, validation);
    }

    /**
     * The single models fitted on all of {@code data} (no validation split), as rankers for the offline evaluation:
     * MostPopular, ItemKNN, PureSVD, ALS and Content.
     */
    public static List<RankingModel> fitBaselines(TrainingData data, FitConfig config, Instant now) {
        Catalog catalog = new Catalog(data.shoesView());
        IdIndex users = userIndex(data, catalog);
        long t = System.nanoTime();
        InteractionMatrix full = interactions(data.events(), catalog, users, config.weights(), now);
        long buildMillis = elapsed(t);
        InteractionMatrix damped = full.mapValues(DAMPED);
        List<RankingModel> models = new ArrayList<>();

        t = System.nanoTime();
        ItemScorer popular = MostPopular.fit(full);
        models.add(new ScorerModel("MostPopular", buildMillis + elapsed(t), catalog, users, popular));

        t = System.nanoTime();
        ItemScorer knn = ItemKnn.fit(damped, ITEM_KNN_NEIGHBOURS);
        models.add(new ScorerModel("ItemKNN", buildMillis + elapsed(t), catalog, users, knn));

        t = System.nanoTime();
        ItemScorer svd = new PureSvd(damped, PureSvd.fit(damped, config.svdFactors()));
        models.add(new ScorerModel("PureSVD", buildMillis + elapsed(t), catalog, users, svd));

        t = System.nanoTime();
        ItemScorer als = ImplicitAls.fit(damped, config.alsFactors(), config.alsIterations(),
                config.alsRegularization(), config.alsAlpha(), config.threads(), config.seed());
        models.add(new ScorerModel("ALS", buildMillis + elapsed(t), catalog, users, als));

        t = System.nanoTime();
        ItemScorer content = ContentModel.fit(catalog.documents()).forHistory(damped);
        models.add(new ScorerModel("Content", buildMillis + elapsed(t), catalog, users, content));
        return models;
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Users with a stated profile or any event, so every shopper seen in the log gets a row. */
    private static IdIndex userIndex(TrainingData data, Catalog catalog) {
        UserInfo[] profiles = data.usersView();
        EventLog events = data.events();
        long[] ids = new long[profiles.length + events.size()];
        int n = 0;
        for (UserInfo u : profiles) {
            ids[n++] = u.id();
        }
        for (int e = 0; e < events.size(); e++) {
            if (catalog.index().indexOf(events.shoeId(e)) >= 0) {
                ids[n++] = events.userId(e);
            }
        }
        return IdIndex.of(ids, n);
    }

    static InteractionMatrix interactions(EventLog events, Catalog catalog, IdIndex users, EventWeights weights,
                                          Instant now) {
        InteractionMatrix.Builder builder = new InteractionMatrix.Builder(users.size(), catalog.size());
        long nowSecond = now.getEpochSecond();
        for (int e = 0; e < events.size(); e++) {
            int item = catalog.index().indexOf(events.shoeId(e));
            int user = users.indexOf(events.userId(e));
            if (item < 0 || user < 0) {
                continue;
            }
            EventKind kind = events.kind(e);
            double w = weights.weight(kind, events.value(e)) * weights.decay(nowSecond - events.epochSecond(e));
            builder.add(user, item, (float) w, kind, events.epochSecond(e));
        }
        return builder.build();
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

    record Tuning(BlendWeights weights, Collaborative.Choice choice, Map<String, Map<String, Double>> metrics) {
    }

    /** Scores each single model and every blend of the grid on the held-out positives; keeps the best blend. */
    static Tuning tune(Split split, Catalog catalog, InteractionMatrix train, double[] popularity, PureSvd svd,
                       ImplicitAls als, ContentModel content) {
        int items = catalog.size();
        List<BlendWeights> grid = new ArrayList<>();
        for (double c : COLLABORATIVE_GRID) {
            for (double share : CONTENT_SHARE_GRID) {
                BlendWeights w = new BlendWeights(c, round((1 - c) * share), round((1 - c) * (1 - share)));
                if (c < 1 || share == 0) {
                    grid.add(w);
                }
            }
        }
        Collaborative.Choice[] choices = Collaborative.Choice.values();
        RankingMetrics[][] blends = new RankingMetrics[choices.length][grid.size()];
        for (RankingMetrics[] row : blends) {
            for (int g = 0; g < row.length; g++) {
                row[g] = new RankingMetrics(K, items);
            }
        }
        String[] singleNames = {"MostPopular", "PureSVD", "ALS", "Content"};
        RankingMetrics[] singles = new RankingMetrics[singleNames.length];
        for (int s = 0; s < singles.length; s++) {
            singles[s] = new RankingMetrics(K, items);
        }
        ItemScorer contentScorer = content.forHistory(train);
        int[] candidates = new int[items];
        boolean[] seen = new boolean[items];
        double[] blended = new double[items];
        for (int v = 0; v < split.users().length; v++) {
            int user = split.users()[v];
            int[] heldOut = split.heldOut()[v];
            java.util.function.IntPredicate relevant = i -> contains(heldOut, i);
            Arrays.fill(seen, false);
            for (int k = train.rowStart(user); k < train.rowEnd(user); k++) {
                seen[train.colIndex(k)] = true;
            }
            int n = 0;
            for (int i = 0; i < items; i++) {
                if (!seen[i] && catalog.shoes()[i].active()) {
                    candidates[n++] = i;
                }
            }
            double[][] raw = new double[singleNames.length][];
            raw[0] = popularity.clone();
            raw[1] = new double[items];
            svd.score(user, raw[1]);
            raw[2] = new double[items];
            als.score(user, raw[2]);
            raw[3] = new double[items];
            contentScorer.score(user, raw[3]);
            for (int s = 0; s < singles.length; s++) {
                mask(raw[s], seen, catalog, blended);
                singles[s].add(TopK.select(blended, K), relevant, heldOut.length);
                Blender.minMax(raw[s], candidates, n, items);
            }
            // Blends are ranked over the candidates packed side by side: contiguous loops, no exclusion pass.
            double[][] packed = new double[4][n];
            for (int s = 0; s < 4; s++) {
                for (int c = 0; c < n; c++) {
                    packed[s][c] = raw[s][candidates[c]];
                }
            }
            double[] both = new double[n];
            for (int c = 0; c < n; c++) {
                both[c] = 0.5 * (packed[1][c] + packed[2][c]);
            }
            double[][] collaborative = {packed[1], packed[2], both};
            for (int ch = 0; ch < choices.length; ch++) {
                double[] collab = collaborative[ch];
                for (int g = 0; g < grid.size(); g++) {
                    BlendWeights w = grid.get(g);
                    for (int c = 0; c < n; c++) {
                        blended[c] = w.collaborative() * collab[c] + w.content() * packed[3][c]
                                + w.popularity() * packed[0][c];
                    }
                    int[] top = TopK.select(blended, n, K);
                    for (int t = 0; t < top.length; t++) {
                        top[t] = candidates[top[t]];
                    }
                    blends[ch][g].add(top, relevant, heldOut.length);
                }
            }
        }
        int bestChoice = 0;
        int bestBlend = 0;
        for (int ch = 0; ch < choices.length; ch++) {
            for (int g = 0; g < grid.size(); g++) {
                if (blends[ch][g].ndcg() > blends[bestChoice][bestBlend].ndcg()) {
                    bestChoice = ch;
                    bestBlend = g;
                }
            }
        }
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        for (int s = 0; s < singles.length; s++) {
            metrics.put(singleNames[s], headline(singles[s]));
        }
        metrics.put("Hybrid", headline(blends[bestChoice][bestBlend]));
        return new Tuning(grid.get(bestBlend), choices[bestChoice], metrics);
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

    private static void mask(double[] raw, boolean[] seen, Catalog catalog, double[] out) {
        for (int i = 0; i < raw.length; i++) {
            out[i] = seen[i] || !catalog.shoes()[i].active() ? Double.NEGATIVE_INFINITY : raw[i];
        }
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** A single fitted model behind the {@link RankingModel} view. */
    private record ScorerModel(String name, long fitMillis, Catalog catalog, IdIndex users, ItemScorer scorer)
            implements RankingModel {

        @Override
        public long[] itemIds() {
            return catalog.index().ids().clone();
        }

        @Override
        public void score(long userId, boolean[] excluded, double[] out) {
            int user = users.indexOf(userId);
            if (user >= 0) {
                scorer.score(user, out);
            } else {
                Arrays.fill(out, 0);
            }
            for (int i = 0; i < out.length; i++) {
                if (excluded[i] || !catalog.shoes()[i].active()) {
                    out[i] = Double.NEGATIVE_INFINITY;
                }
            }
        }
    }
}
