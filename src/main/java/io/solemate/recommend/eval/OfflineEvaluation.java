package io.solemate.recommend.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.ItemFactors;
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
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: OfflineEvaluation <dataset folder> [--export-train <csv> | --external-als <dir>]"
                    + "   (MovieLens 100K or a store export)");
            System.exit(2);
        }
        Path exportTrain = args.length == 3 && args[1].equals("--export-train") ? Path.of(args[2]) : null;
        Path externalAls = args.length == 3 && args[1].equals("--external-als") ? Path.of(args[2]) : null;
        Report report = run(Path.of(args[0]), FitConfig.defaults(), exportTrain, externalAls);
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
        return run(folder, config, null, null);
    }

    /**
     * {@code exportTrain}: also writes the training events for the Spark job's offline mode ({@code TrainAls
     * --events-csv ... --factors-out ... --now <printed>}); {@code externalAls}: also ranks by the factors that run
     * wrote, as "ALS (Spark)". Either may be null.
     */
    public static Report run(Path folder, FitConfig config, Path exportTrain, Path externalAls) throws IOException {
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

        if (exportTrain != null) {
            exportTrain(train, exportTrain);
            System.out.println("training events written to " + exportTrain + "; fit time for the job: --now " + now);
        }
        List<RankingModel> models = new ArrayList<>(Baselines.fit(trainingData, config, now));
        if (externalAls != null) {
            models.add(externalAls(externalAls, new Catalog(data.items())));
        }
        ServedModel hybrid = ModelFitter.fit(trainingData, config, 0, now);
        models.add(hybrid(hybrid));

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

    private static void exportTrain(EventLog train, Path csv) throws IOException {
        try (var out = Files.newBufferedWriter(csv)) {
            for (int e = 0; e < train.size(); e++) {
                float value = train.value(e);
                out.write(train.userId(e) + "," + train.shoeId(e) + "," + train.kind(e).dbValue() + ","
                        + (Float.isNaN(value) ? "" : Float.toString(value)) + "," + train.epochSecond(e) + "\n");
            }
        }
    }

    /** Ranks by factors fitted elsewhere ({@code users.txt}, {@code items.txt}: id then factors); items unseen score 0. */
    private static RankingModel externalAls(Path dir, Catalog catalog) throws IOException {
        List<String> userLines = Files.readAllLines(dir.resolve("users.txt"));
        long[] userIds = new long[userLines.size()];
        float[][] userVectors = new float[userLines.size()][];
        for (int u = 0; u < userIds.length; u++) {
            String[] f = userLines.get(u).split(" ");
            userIds[u] = Long.parseLong(f[0]);
            userVectors[u] = vector(f);
        }
        float[][] itemVectors = new float[catalog.size()][];
        int k = userVectors.length == 0 ? 0 : userVectors[0].length;
        for (String line : Files.readAllLines(dir.resolve("items.txt"))) {
            String[] f = line.split(" ");
            int item = catalog.index().indexOf(Long.parseLong(f[0]));
            if (item >= 0) {
                itemVectors[item] = vector(f);
            }
        }
        for (int i = 0; i < itemVectors.length; i++) {
            if (itemVectors[i] == null) {
                itemVectors[i] = new float[k];
            }
        }
        IdIndex users = IdIndex.of(userIds, userIds.length);
        float[][] byIndex = new float[userIds.length][];
        for (int u = 0; u < userIds.length; u++) {
            byIndex[users.indexOf(userIds[u])] = userVectors[u];
        }
        ItemFactors items = ItemFactors.fromItemVectors(itemVectors, k);
        return new Baselines.ScorerModel("ALS (Spark)", 0, catalog, users,
                (user, out) -> items.scoreAll(byIndex[user], out));
    }

    private static float[] vector(String[] idThenFactors) {
        float[] v = new float[idThenFactors.length - 1];
        for (int f = 0; f < v.length; f++) {
            v[f] = Float.parseFloat(idThenFactors[f + 1]);
        }
        return v;
    }

    /** The fitted model ranked exactly as it serves: through its blend, over the shoes not excluded. */
    private static RankingModel hybrid(ServedModel model) {
        Scratch scratch = model.blend().newScratch();
        int[] buffer = new int[model.catalog().size()];
        return new RankingModel() {
            @Override
            public String name() {
                return "Hybrid";
            }

            @Override
            public long fitMillis() {
                return model.stats().fitMillis().getOrDefault("total", 0L);
            }

            @Override
            public int[] rank(long userId, boolean[] excluded, int k) {
                Candidates candidates = Candidates.excluding(model.catalog(), excluded, buffer);
                return model.blend().rank(model.users().indexOf(userId), null, candidates, k, scratch).items();
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
