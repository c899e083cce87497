package io.solemate.spark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's command line, {@code --name value} pairs. ALS hyper-parameters left out are taken from the service's
 * newest successful fit ({@code model_runs.details.als}), else the service's defaults.
 */
record JobOptions(String jdbcUrl, String user, String password, String master, int partitions, Integer factors,
                  Integer iterations, Float regularization, Float alpha, Double regParam, double regScale, long seed,
                  Instant now, EventWeights weights, int cooccurrenceTop, int cooccurrenceRowCap, List<Integer> reportUsers,
                  String reportFile, String eventsCsv, String factorsOut) {

    static final String USAGE = """
            TrainAls --jdbc-url jdbc:postgresql://host:5432/db [--user u] [--password p | env SOLEMATE_DB_PASSWORD]
              [--master local[2]] [--partitions 4] [--factors k] [--iterations n] [--regularization lambda]
              [--alpha a] [--reg-param sparkRegParam] [--reg-scale 1.0] [--seed 42] [--now 2026-06-01T00:00:00Z]
              [--weights view,like,cart,purchase,ratingPerStar,halfLifeDays] [--cooccurrence-top 50]
              [--cooccurrence-row-cap 50] [--report-users 1,2,3 --report-file top10.csv]
            TrainAls --events-csv train.csv --factors-out dir [--now ...] [--factors k ...]   (offline evaluation)""";

    static JobOptions parse(String[] args) {
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i] + "\n" + USAGE);
            }
            named.put(args[i].substring(2), args[++i]);
        }
        String url = named.remove("jdbc-url");
        String eventsCsv = named.remove("events-csv");
        String factorsOut = named.remove("factors-out");
        if (url == null && (eventsCsv == null || factorsOut == null)) {
            throw new IllegalArgumentException("--jdbc-url, or --events-csv with --factors-out, is required\n"
                    + USAGE);
        }
        EventWeights weights = EventWeights.defaults();
        String w = named.remove("weights");
        if (w != null) {
            String[] p = w.split(",");
            weights = new EventWeights(Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]),
                    Float.parseFloat(p[3]), Float.parseFloat(p[4]), Double.parseDouble(p[5]));
        }
        List<Integer> reportUsers = new ArrayList<>();
        String users = named.remove("report-users");
        if (users != null) {
            for (String u : users.split(",")) {
                reportUsers.add(Integer.parseInt(u.trim()));
            }
        }
        String password = named.containsKey("password") ? named.remove("password")
                : System.getenv("SOLEMATE_DB_PASSWORD");
        JobOptions options = new JobOptions(url, named.remove("user"), password, named.remove("master"),
                Integer.parseInt(named.getOrDefault("partitions", "4")),
                optionalInt(named.get("factors")), optionalInt(named.get("iterations")),
                named.containsKey("regularization") ? Float.valueOf(named.get("regularization")) : null,
                named.containsKey("alpha") ? Float.valueOf(named.get("alpha")) : null,
                named.containsKey("reg-param") ? Double.valueOf(named.get("reg-param")) : null,
                Double.parseDouble(named.getOrDefault("reg-scale", "1")),
                Long.parseLong(named.getOrDefault("seed", "42")),
                named.containsKey("now") ? Instant.parse(named.get("now")) : Instant.now(), weights,
                Integer.parseInt(named.getOrDefault("cooccurrence-top", "50")),
                Integer.parseInt(named.getOrDefault("cooccurrence-row-cap", "50")), reportUsers,
                named.remove("report-file"), eventsCsv, factorsOut);
        for (String known : List.of("partitions", "factors", "iterations", "regularization", "alpha", "reg-param",
                "reg-scale", "seed", "now", "cooccurrence-top", "cooccurrence-row-cap")) {
            named.remove(known);
        }
        if (!named.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + named.keySet() + "\n" + USAGE);
        }
        return options;
    }

    private static Integer optionalInt(String value) {
        return value == null ? null : Integer.valueOf(value);
    }
}
