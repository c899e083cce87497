package io.solemate.recommend.training;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ImplicitAls;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ItemScorer;
import io.solemate.recommend.model.ItemToItem;
import io.solemate.recommend.model.MostPopular;
import io.solemate.recommend.model.PureSvd;
import io.solemate.recommend.model.RankingMetrics;
import io.solemate.recommend.model.TopK;
import io.solemate.recommend.serving.Component;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Per component, coordinate search over its hyper-parameters on a {@link ValidationSplit} of the training data.
 *
 * <p>First the half-life of the component's history, judged on the temporal hold-out ("what do they buy next"):
 * no decay is tried first and is the incumbent, so a decay must earn its place there; a long log is never judged
 * by a decay nobody tested against it. Only when the budget allows no trial at all does the configured half-life
 * stand. Then each parameter in turn on the random
 * hold-out, the other parameters fixed. A candidate replaces the incumbent only when its paired improvement in
 * NDCG@10 over the validation users exceeds the standard error of that improvement: with dozens of candidates the
 * best-looking one is usually lucky (the winner's curse), and a move that noise could explain is refused.
 *
 * <p>The search stops starting trials once the next one, timed by the component's last trial (fit and validation),
 * would end past the time budget; what was chosen by then is kept. Within the budget the outcome depends on the seed
 * only.
 */
final class HyperParameterSearch {

    static final int K = 10;
    /** Components in the order they are searched: the strongest signal on purchase logs first. */
    static final List<Component> ORDER = List.of(Component.ITEM_ITEM, Component.ALS, Component.PURE_SVD,
            Component.POPULARITY);

    /** One component's chosen settings, its fitted scorer (on the random hold-out's training data), its score. */
    record Choice(double halfLifeDays, Map<String, Double> parameters, ItemScorer scorer, double ndcg,
                  double temporalNdcg) {
    }

    /** The training matrices of one half-life: all of it, and without each hold-out. */
    record Matrices(InteractionMatrix full, InteractionMatrix randomTrain, InteractionMatrix temporalTrain) {
    }

    private final FitConfig config;
    private final Catalog catalog;
    private final ValidationSplit split;
    private final DoubleFunction<Matrices> byHalfLife;
    private final long deadlineNanos;
    /** Per component, how long its last trial (fit and validation) took: the estimate of its next one. */
    private final Map<Component, Long> lastTrialNanos = new EnumMap<>(Component.class);
    private int trials;
    private int accepted;
    private int skipped;

    HyperParameterSearch(FitConfig config, Catalog catalog, ValidationSplit split, DoubleFunction<Matrices> byHalfLife,
                         long startNanos) {
        this.config = config;
        this.catalog = catalog;
        this.split = split;
        this.byHalfLife = byHalfLife;
        this.deadlineNanos = startNanos + config.searchMillis() * 1_000_000;
    }

    /** Half-lives tried, in order: none, the configured one and four times it (days). */
    double[] halfLives() {
        double configured = config.weights().halfLifeDays();
        return configured > 0 ? new double[] {0, configured, 4 * configured} : new double[] {0};
    }

    /** The starting parameters of a component, from the configuration. */
    Map<String, Double> initial(Component component) {
        Map<String, Double> p = new LinkedHashMap<>();
        switch (component) {
            case PURE_SVD -> p.put("factors", (double) config.svdFactors());
            case ALS -> {
                p.put("factors", (double) config.alsFactors());
                p.put("regularization", (double) config.alsRegularization());
                p.put("alpha", (double) config.alsAlpha());
            }
            case ITEM_ITEM -> {
                if (usesEase()) {
                    p.put("lambdaPerMeanGramDiagonal", 2.0);
                } else {
                    p.put("alpha", 1.0);
                    p.put("beta", 0.5);
                }
            }
            case CONTENT, POPULARITY -> {
            }
        }
        return p;
    }

    /** Values tried for one parameter, the initial one included. */
    static double[] candidates(Component component, String parameter, double initial) {
        return switch (parameter) {
            case "factors" -> new double[] {initial, initial * 2, initial * 4};
            case "regularization" -> new double[] {initial, initial / 10, initial * 5};
            case "alpha" -> component == Component.ALS ? new double[] {initial, initial / 2, initial * 4}
                    : new double[] {initial, 0.5};
            case "lambdaPerMeanGramDiagonal" -> new double[] {initial, initial / 4, initial * 4};
            case "beta" -> new double[] {initial, 0.3, 0.7};
            default -> throw new IllegalArgumentException(parameter);
        };
    }

    boolean usesEase() {
        return catalog.size() <= config.easeMaxItems();
    }

    /** Searches one component; without a split, fits its initial settings on all the data. */
    Choice search(Component component) {
        Map<String, Double> params = initial(component);
        if (split == null) {
            double halfLife = config.weights().halfLifeDays();
            ItemScorer scorer = fit(component, params, byHalfLife.apply(halfLife).full());
            return new Choice(halfLife, params, scorer, Double.NaN, Double.NaN);
        }
        // No decay is tried first and stands unless a decay beats it; without time for any trial, the configured
        // half-life stands, as before the search.
        double halfLife = config.weights().halfLifeDays();
        double[] temporal = null;
        for (double h : halfLives()) {
            if (!affordable(component)) {
                break;
            }
            Matrices m = byHalfLife.apply(h);
            double[] scores = trial(component, params, m.temporalTrain(), split.temporal()).scores();
            if (temporal == null || improves(scores, temporal)) {
                halfLife = h;
                temporal = scores;
            }
        }
        Matrices m = byHalfLife.apply(halfLife);
        Trial start = trial(component, params, m.randomTrain(), split.random());
        ItemScorer best = start.scorer();
        double[] bestScores = start.scores();
        for (String parameter : List.copyOf(params.keySet())) {
            double[] values = candidates(component, parameter, params.get(parameter));
            for (int c = 1; c < values.length; c++) {
                if (!affordable(component)) {
                    break;
                }
                Map<String, Double> trial = new LinkedHashMap<>(params);
                trial.put(parameter, values[c]);
                Trial result = trial(component, trial, m.randomTrain(), split.random());
                if (improves(result.scores(), bestScores)) {
                    params = trial;
                    best = result.scorer();
                    bestScores = result.scores();
                }
            }
        }
        return new Choice(halfLife, params, best, mean(bestScores), temporal == null ? Double.NaN : mean(temporal));
    }

    private record Trial(ItemScorer scorer, double[] scores) {
    }

    /** Fits the component with these settings on {@code train} and scores it on the held-out entries. */
    private Trial trial(Component component, Map<String, Double> params, InteractionMatrix train, int[][] heldOut) {
        long start = System.nanoTime();
        ItemScorer scorer = fit(component, params, train);
        double[] scores = evaluate(scorer, train, heldOut);
        lastTrialNanos.put(component, System.nanoTime() - start);
        return new Trial(scorer, scores);
    }

    /** Whether the component's next trial, as long as its last one, still ends within the budget. */
    private boolean affordable(Component component) {
        long next = System.nanoTime() + lastTrialNanos.getOrDefault(component, 0L);
        if (next > deadlineNanos) {
            skipped++;
            return false;
        }
        return true;
    }

    /** Fits one component with these settings on {@code raw} (the collaborative ones on its damped form). */
    ItemScorer fit(Component component, Map<String, Double> p, InteractionMatrix raw) {
        trials++;
        InteractionMatrix damped = raw.damped();
        ItemScorer scorer = switch (component) {
            case POPULARITY -> MostPopular.fit(raw);
            case PURE_SVD -> new PureSvd(damped, PureSvd.fit(damped, p.get("factors").intValue()));
            case ALS -> ImplicitAls.fit(damped, p.get("factors").intValue(), config.alsIterations(),
                    p.get("regularization").floatValue(), p.get("alpha").floatValue(), config.threads(),
                    config.seed());
            case ITEM_ITEM -> usesEase()
                    ? ItemToItem.ease(damped, p.get("lambdaPerMeanGramDiagonal")
                            * ItemToItem.meanGramDiagonal(damped), config.itemItemNeighbours())
                    : ItemToItem.rp3beta(damped, p.get("alpha"), p.get("beta"), config.itemItemNeighbours(),
                            config.threads());
            case CONTENT -> throw new IllegalArgumentException("content has no hyper-parameters to search");
        };
        return scorer;
    }

    /** Each validation user's NDCG@10 of {@code scorer} over the active shoes without an entry in {@code train}. */
    double[] evaluate(ItemScorer scorer, InteractionMatrix train, int[][] heldOut) {
        int items = catalog.size();
        double[] scores = new double[items];
        double[] perUser = new double[split.users().length];
        RankingMetrics metrics = new RankingMetrics(K, items);
        for (int v = 0; v < perUser.length; v++) {
            int user = split.users()[v];
            scorer.score(user, scores);
            for (int i = 0; i < items; i++) {
                if (!catalog.shoe(i).active()) {
                    scores[i] = Double.NEGATIVE_INFINITY;
                }
            }
            for (int k = train.rowStart(user); k < train.rowEnd(user); k++) {
                scores[train.colIndex(k)] = Double.NEGATIVE_INFINITY;
            }
            int[] relevant = heldOut[v];
            perUser[v] = metrics.add(TopK.select(scores, K), i -> Arrays.binarySearch(relevant, i) >= 0,
                    relevant.length);
        }
        return perUser;
    }

    /**
     * True when {@code candidate} beats {@code incumbent} by more than the standard error of the paired
     * differences (user by user), and by something.
     */
    boolean improves(double[] candidate, double[] incumbent) {
        boolean better = pairedImprovement(candidate, incumbent);
        accepted += better ? 1 : 0;
        return better;
    }

    static boolean pairedImprovement(double[] candidate, double[] incumbent) {
        int n = candidate.length;
        if (n < 2) {
            return false;
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += candidate[i] - incumbent[i];
        }
        mean /= n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = candidate[i] - incumbent[i] - mean;
            squares += d * d;
        }
        double standardError = Math.sqrt(squares / (n - 1) / n);
        return mean > 0 && mean > standardError;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }

    /** What the search did, for {@code model_runs} and {@code /api/model}. */
    Map<String, String> summary(long elapsedMillis) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("validationUsers", String.valueOf(split == null ? 0 : split.users().length));
        s.put("trials", String.valueOf(trials));
        s.put("acceptedMoves", String.valueOf(accepted));
        s.put("skippedForBudget", String.valueOf(skipped));
        s.put("budgetMillis", String.valueOf(config.searchMillis()));
        s.put("millis", String.valueOf(elapsedMillis));
        return s;
    }

    /** A component's choice as strings: half-life ("none" or days), its parameters and validation scores. */
    Map<String, String> describe(Component component, Choice choice) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("halfLifeDays", choice.halfLifeDays() > 0 ? format(choice.halfLifeDays()) : "none");
        if (component == Component.ITEM_ITEM) {
            d.put("method", ((ItemToItem) choice.scorer()).method().name());
        }
        choice.parameters().forEach((name, value) -> d.put(name, format(value)));
        if (!Double.isNaN(choice.ndcg())) {
            d.put("validationNdcg@" + K, String.format(java.util.Locale.ROOT, "%.4f", choice.ndcg()));
        }
        if (!Double.isNaN(choice.temporalNdcg())) {
            d.put("temporalValidationNdcg@" + K, String.format(java.util.Locale.ROOT, "%.4f", choice.temporalNdcg()));
        }
        return d;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Every component's choice, in search order. */
    Map<Component, Choice> searchAll() {
        Map<Component, Choice> choices = new EnumMap<>(Component.class);
        for (Component component : ORDER) {
            choices.put(component, search(component));
        }
        return choices;
    }
}
