package io.solemate.recommend.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.RankingMetrics;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.model.UserInfo;
import io.solemate.recommend.serving.Candidates;
import io.solemate.recommend.serving.Scratch;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.training.FitConfig;
import io.solemate.recommend.training.ModelFitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Offline evaluation of every model on a dataset folder (see {@link EvaluationDataset} for the two layouts).
 *
 * <p>Protocol: for each user, 20% of their positive items (at least one when they have two or more) are held out
 * with a fixed seed, together with every event on those user-item pairs; the models are fitted on the remaining
 * events; each user with held-out items gets every item they have not interacted with in training ranked (no sampled
 * negatives) and the top 10 are scored by {@link RankingMetrics}.
 *
 * <p>Run: {@code ./mvnw -q -Peval -Ddata=../shared/data/ml-100k verify}. Writes {@code target/eval/<folder>.json}
 * and prints the same numbers as a table.
 */
public final class OfflineEvaluation {

    static final int K = 10;
    static final double HOLD_OUT_SHARE = 0.2;
    static final long SEED = 42L;
    /** The hybrid as requests get it: retrieval, then the blend over what it keeps. */
    static final String SERVED = "Hybrid served";

    private OfflineEvaluation() {
    }

    /** Evaluation outcome: per model the metrics of {@link RankingMetrics#summary()} plus "fit_ms". */
    public record Report(String dataset, Map<String, Object> protocol, Map<String, Map<String, Double>> models,
                         Map<String, Object> hybrid) {

        public double metric(String model, String metric) {
            return models.get(model).get(metric);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: OfflineEvaluation <dataset folder>   (MovieLens 100K or a store export)");
            System.exit(2);
        }
        Report report = run(Path.of(args[0]), FitConfig.defaults());
        Path out = Path.of("target", "eval", report.dataset() + ".json");
        Files.createDirectories(out.getParent());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", report.dataset());
        json.put("protocol", report.protocol());
        json.put("models", report.models());
        json.put("hybrid", report.hybrid());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), json);
        System.out.print(table(report));
        System.out.println("written " + out.toAbsolutePath());
    }

    public static Report run(Path folder, FitConfig config) throws IOException {
        EvaluationDataset data = EvaluationDataset.load(folder);
        EventLog all = data.events();

        // Distinct positive items per user, sorted, so the draw depends on the seed only.
        Map<Long, List<Long>> positives = new TreeMap<>();
        long latest = 0;
        for (int e = 0; e < all.size(); e++) {
            latest = Math.max(latest, all.epochSecond(e));
            if (data.positive().test(e)) {
                List<Long> items = positives.computeIfAbsent(all.userId(e), u -> new ArrayList<>());
                if (!items.contains(all.shoeId(e))) {
                    items.add(all.shoeId(e));
                }
            }
        }
        Random random = new Random(SEED);
        Map<Long, long[]> heldOut = new HashMap<>();
        for (var entry : positives.entrySet()) {
            List<Long> items = new ArrayList<>(entry.getValue());
            if (items.size() < 2) {
                continue;
            }
            items.sort(null);
            java.util.Collections.shuffle(items, random);
            int hold = Math.max(1, (int) Math.round(HOLD_OUT_SHARE * items.size()));
            long[] held = items.subList(0, hold).stream().mapToLong(Long::longValue).sorted().toArray();
            heldOut.put(entry.getKey(), held);
        }

        EventLog train = new EventLog(all.size());
        int heldOutEvents = 0;
        for (int e = 0; e < all.size(); e++) {
            long[] held = heldOut.get(all.userId(e));
            if (held != null && Arrays.binarySearch(held, all.shoeId(e)) >= 0) {
                heldOutEvents++;
                continue;
            }
            train.add(all.userId(e), all.shoeId(e), all.kind(e), all.value(e), all.epochSecond(e));
        }
        TrainingData trainingData = new TrainingData(data.items(), new UserInfo[0], train);
        Instant now = Instant.ofEpochSecond(latest + 1);

        List<RankingModel> models = new ArrayList<>(Baselines.fit(trainingData, config, now));
        ServedModel hybrid = ModelFitter.fit(trainingData, config, 0, now);
        models.add(hybrid(hybrid, false));
        models.add(hybrid(hybrid, true));

        long[] itemIds = new Catalog(data.items()).index().ids();
        Map<Long, boolean[]> seen = new HashMap<>();
        for (int e = 0; e < train.size(); e++) {
            if (heldOut.containsKey(train.userId(e))) {
                int item = Arrays.binarySearch(itemIds, train.shoeId(e));
                seen.computeIfAbsent(train.userId(e), u -> new boolean[itemIds.length])[item] = true;
            }
        }
        List<Long> testUsers = new ArrayList<>(new TreeMap<>(heldOut).keySet());
        Map<String, Map<String, Double>> results = new LinkedHashMap<>();
        for (RankingModel model : models) {
            RankingMetrics metrics = new RankingMetrics(K, itemIds.length);
            for (long user : testUsers) {
                boolean[] excluded = seen.getOrDefault(user, new boolean[itemIds.length]);
                int[] relevant = Arrays.stream(heldOut.get(user))
                        .mapToInt(id -> Arrays.binarySearch(itemIds, id)).sorted().toArray();
                metrics.add(model.rank(user, excluded, K), i -> Arrays.binarySearch(relevant, i) >= 0,
                        relevant.length);
            }
            Map<String, Double> row = new LinkedHashMap<>(metrics.summary());
            row.put("fit_ms", (double) model.fitMillis());
            results.put(model.name(), row);
        }

        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("positives", data.positivesDescription());
        protocol.put("held_out_share_per_user", HOLD_OUT_SHARE);
        protocol.put("seed", SEED);
        protocol.put("candidates", "every item the user has no training event on (no sampled negatives)");
        protocol.put("k", K);
        protocol.put("users", testUsers.size());
        protocol.put("items", itemIds.length);
        protocol.put("train_events", train.size());
        protocol.put("held_out_events", heldOutEvents);
        Map<String, Object> hybridInfo = new LinkedHashMap<>();
        hybridInfo.put("collaborative_model", hybrid.stats().collaborativeModel());
        hybridInfo.put("blend", hybrid.stats().blendWeights());
        hybridInfo.put("validation", hybrid.stats().validation());
        hybridInfo.put("fit_ms", hybrid.stats().fitMillis());
        return new Report(data.name(), protocol, results, hybridInfo);
    }

    /**
     * The fitted model ranked through its blend over the shoes not excluded: every one of them ("Hybrid", what
     * validation tunes the blend on), or those its retrieval stage keeps ("Hybrid served", what requests get).
     */
    private static RankingModel hybrid(ServedModel model, boolean retrieve) {
        Scratch scratch = model.blend().newScratch();
        int[] buffer = new int[model.catalog().size()];
        return new RankingModel() {
            @Override
            public String name() {
                return retrieve ? SERVED : "Hybrid";
            }

            @Override
            public long fitMillis() {
                return model.stats().fitMillis().getOrDefault("total", 0L);
            }

            @Override
            public int[] rank(long userId, boolean[] excluded, int k) {
                Candidates candidates = Candidates.excluding(model.catalog(), excluded, buffer);
                int user = model.users().indexOf(userId);
                if (retrieve) {
                    candidates = model.retrieval().retrieve(user, null, candidates, k, scratch);
                }
                return model.blend().rank(user, null, candidates, k, scratch).items();
            }
        };
    }

    static String table(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s users, %s items%n", report.dataset(),
                report.protocol().get("users"), report.protocol().get("items")));
        sb.append(String.format(Locale.ROOT, "%-12s %9s %9s %12s %8s %11s %8s%n", "model", "ndcg@10", "recall@10",
                "precision@10", "hr@10", "coverage@10", "fit_ms"));
        for (var e : report.models().entrySet()) {
            Map<String, Double> m = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-12s %9.4f %9.4f %12.4f %8.4f %11.4f %8.0f%n", e.getKey(),
                    m.get("ndcg@10"), m.get("recall@10"), m.get("precision@10"), m.get("hr@10"),
                    m.get("coverage@10"), m.get("fit_ms")));
        }
        sb.append(String.format(Locale.ROOT, "Hybrid: collaborative=%s blend=%s%n",
                report.hybrid().get("collaborative_model"), report.hybrid().get("blend")));
        return sb.toString();
    }
}
