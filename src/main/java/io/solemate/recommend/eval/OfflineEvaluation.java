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
 * <p>Two protocols, each fitting every model afresh: for each user, 20% of their positive items (at least one when
 * they have two or more) are held out ({@link HoldOut#RANDOM}: a seeded draw; {@link HoldOut#TEMPORAL}: the last
 * ones by time), together with every event on those user-item pairs; the models are fitted on the remaining events;
 * each user with held-out items gets every item they have not interacted with in training ranked (no sampled
 * negatives) and the top 10 are scored by {@link RankingMetrics}. The JSON keeps the random split's figures at the
 * top level ({@code protocol}, {@code models}, {@code hybrid}) and both under {@code protocols}.
 *
 * <p>Run: {@code ./mvnw -q -Peval -Ddata=../shared/data/ml-100k verify}. Writes {@code target/eval/<folder>.json}
 * and prints the same numbers as a table.
 */
public final class OfflineEvaluation {

    static final int K = 10;
    static final long SEED = 42L;
    /** The hybrid as requests get it: retrieval, then the blend over what it keeps. */
    static final String SERVED = "Hybrid served";

    private OfflineEvaluation() {
    }

    /** One protocol's outcome: per model the metrics of {@link RankingMetrics#summary()} plus "fit_ms". */
    public record Protocol(Map<String, Object> protocol, Map<String, Map<String, Double>> models,
                           Map<String, Object> hybrid) {

        public double metric(String model, String metric) {
            return models.get(model).get(metric);
        }
    }

    /** Evaluation outcome by protocol ("random", "temporal"); the random split is the headline. */
    public record Report(String dataset, Map<String, Protocol> protocols) {

        public Protocol random() {
            return protocols.get(HoldOut.RANDOM.label());
        }

        public Protocol temporal() {
            return protocols.get(HoldOut.TEMPORAL.label());
        }

        /** A metric of the random split, the figures published before the temporal one existed. */
        public double metric(String model, String metric) {
            return random().metric(model, metric);
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
        Report report = run(Path.of(args[0]), FitConfig.forOfflineEvaluation(), exportTrain, externalAls);
        Path out = Path.of("target", "eval", report.dataset() + ".json");
        Files.createDirectories(out.getParent());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dataset", report.dataset());
        json.put("protocol", report.random().protocol());
        json.put("models", report.random().models());
        json.put("hybrid", report.random().hybrid());
        json.put("protocols", report.protocols());
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
        // Per user, each positive item with the time it first became positive.
        Map<Long, Map<Long, Long>> firstPositive = new HashMap<>();
        long latest = 0;
        for (int e = 0; e < all.size(); e++) {
            latest = Math.max(latest, all.epochSecond(e));
            if (data.positive().test(e)) {
                firstPositive.computeIfAbsent(all.userId(e), u -> new HashMap<>())
                        .merge(all.shoeId(e), all.epochSecond(e), Math::min);
            }
        }
        Instant now = Instant.ofEpochSecond(latest + 1);
        Map<String, Protocol> protocols = new LinkedHashMap<>();
        for (HoldOut holdOut : HoldOut.values()) {
            // The Spark job's export and factors belong to the random split, the one it is compared on.
            boolean random = holdOut == HoldOut.RANDOM;
            protocols.put(holdOut.label(), evaluate(data, holdOut, holdOut.draw(firstPositive, SEED), config, now,
                    random ? exportTrain : null, random ? externalAls : null));
        }
        return new Report(data.name(), protocols);
    }

    /** Fits every model on the events outside {@code heldOut} and ranks for each user with held-out items. */
    private static Protocol evaluate(EvaluationDataset data, HoldOut holdOut, Map<Long, long[]> heldOut,
                                     FitConfig config, Instant now, Path exportTrain, Path externalAls)
            throws IOException {
        EventLog all = data.events();
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

        if (exportTrain != null) {
            exportTrain(train, exportTrain);
            System.out.println("training events written to " + exportTrain + "; fit time for the job: --now " + now);
        }
        List<RankingModel> models = new ArrayList<>(Baselines.fit(trainingData, config, now));
        if (externalAls != null) {
            models.add(externalAls(externalAls, new Catalog(data.items())));
        }
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
        Map<String, Map<String, Double>> results = new LinkedHashMap<>();
        for (RankingModel model : models) {
            RankingMetrics metrics = new RankingMetrics(K, itemIds.length);
            for (var user : heldOut.entrySet()) {
                boolean[] excluded = seen.getOrDefault(user.getKey(), new boolean[itemIds.length]);
                int[] relevant = Arrays.stream(user.getValue())
                        .mapToInt(id -> Arrays.binarySearch(itemIds, id)).sorted().toArray();
                metrics.add(model.rank(user.getKey(), excluded, K), i -> Arrays.binarySearch(relevant, i) >= 0,
                        relevant.length);
            }
            Map<String, Double> row = new LinkedHashMap<>(metrics.summary());
            row.put("fit_ms", (double) model.fitMillis());
            results.put(model.name(), row);
        }

        Map<String, Object> protocol = new LinkedHashMap<>();
        protocol.put("split", holdOut.label());
        protocol.put("positives", data.positivesDescription());
        protocol.put("held_out_share_per_user", HoldOut.SHARE);
        protocol.put("seed", SEED);
        protocol.put("candidates", "every item the user has no training event on (no sampled negatives)");
        protocol.put("k", K);
        protocol.put("users", heldOut.size());
        protocol.put("items", itemIds.length);
        protocol.put("train_events", train.size());
        protocol.put("held_out_events", heldOutEvents);
        Map<String, Object> hybridInfo = new LinkedHashMap<>();
        hybridInfo.put("collaborative_model", hybrid.stats().collaborativeModel());
        hybridInfo.put("blend", hybrid.stats().blendWeights());
        hybridInfo.put("hyper_parameters", hybrid.stats().hyperParameters());
        hybridInfo.put("validation", hybrid.stats().validation());
        hybridInfo.put("fit_ms", hybrid.stats().fitMillis());
        return new Protocol(protocol, results, hybridInfo);
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
        for (var entry : report.protocols().entrySet()) {
            Protocol p = entry.getValue();
            sb.append(String.format(Locale.ROOT, "%s, %s split: %s users, %s items%n", report.dataset(),
                    entry.getKey(), p.protocol().get("users"), p.protocol().get("items")));
            sb.append(String.format(Locale.ROOT, "%-12s %9s %9s %12s %8s %11s %8s%n", "model", "ndcg@10",
                    "recall@10", "precision@10", "hr@10", "coverage@10", "fit_ms"));
            for (var e : p.models().entrySet()) {
                Map<String, Double> m = e.getValue();
                sb.append(String.format(Locale.ROOT, "%-12s %9.4f %9.4f %12.4f %8.4f %11.4f %8.0f%n", e.getKey(),
                        m.get("ndcg@10"), m.get("recall@10"), m.get("precision@10"), m.get("hr@10"),
                        m.get("coverage@10"), m.get("fit_ms")));
            }
            sb.append(String.format(Locale.ROOT, "Hybrid: collaborative=%s blend=%s %n%n",
                    p.hybrid().get("collaborative_model"), p.hybrid().get("blend")));
        }
        return sb.toString();
    }
}
