package io.solemate.recommend.training;

import static io.solemate.testing.PackagedService.JAR;
import static io.solemate.testing.PackagedService.await;
import static io.solemate.testing.PackagedService.call;
import static io.solemate.testing.PackagedService.freePort;
import static io.solemate.testing.PackagedService.ready;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solemate.testing.PackagedService;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark training job (src/spark) run as spark-submit would run it, in {@code local[2]}, against a database with
 * the TEST sample store; then the packaged service with {@code trainer=external} serves the version it committed,
 * and each customer's collaborative ranking is the job's own ALS top-10 (MLlib's recommendForUserSubset).
 */
class SparkTrainingJobIT {

    private static final Path JOB_DIR = System.getProperty("solemate.spark.job.dir") == null ? null
            : Path.of(System.getProperty("solemate.spark.job.dir"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PackagedService store;
    private static Process service;
    private static int port;
    private static Map<Long, List<Long>> jobTop10;

    @BeforeAll
    static void trainOnSparkThenServe() throws Exception {
        Assumptions.assumeTrue(JAR != null && Files.exists(JAR), "no packaged jar (solemate.app.jar)");
        Path jobJar = JOB_DIR == null ? null : JOB_DIR.resolve("target/solemate-spark-job.jar");
        Assumptions.assumeTrue(jobJar != null && Files.exists(jobJar), "SparkTrainingJobIT skipped: the Spark job "
                + "is not built (./mvnw -B -f src/spark/pom.xml package -DskipTests, as .ci/run does first)");
        store = PackagedService.withSampleStore("solemate_spark_it");

        List<Long> customers = new ArrayList<>();
        try (Connection connection = store.connect(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("SELECT user_id FROM interactions GROUP BY user_id"
                        + " ORDER BY count(*) DESC, user_id LIMIT 5")) {
            while (rows.next()) {
                customers.add(rows.getLong(1));
            }
        }
        Path report = Path.of("target", "failsafe-reports", "spark-job-top10.csv");
        Path log = Path.of("target", "failsafe-reports", "spark-job.log");
        Files.createDirectories(log.getParent());
        Process job = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + JOB_DIR.resolve("jvm.args"), "-Xmx1g",
                "-cp", jobJar + File.pathSeparator + JOB_DIR.resolve("target/lib") + File.separator + "*",
                "io.solemate.spark.TrainAls", "--master", "local[2]", "--jdbc-url", store.jdbcUrl(),
                "--user", store.user(), "--password", "",
                "--report-users", customers.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "--report-file", report.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(job.waitFor(15, TimeUnit.MINUTES), "the job finished within 15 minutes; see " + log);
        assertEquals(0, job.exitValue(), "the job succeeded; see " + log);

        jobTop10 = Files.readAllLines(report).stream().map(line -> line.split(","))
                .collect(Collectors.toMap(f -> Long.parseLong(f[0]), f -> java.util.Arrays.stream(f[1].split(" "))
                        .map(Long::valueOf).toList()));
        assertEquals(Set.copyOf(customers), jobTop10.keySet(), "the job scored every customer asked for");

        port = freePort();
        service = store.start("spark-external", port, Map.of("SOLEMATE_RECOMMEND_TRAINER", "external"));
        await(Duration.ofMinutes(4), () -> ready(port));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        PackagedService.stop(service);
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theServiceServesTheVersionTheJobCommittedWithTheJobsRanking() throws Exception {
        long committed;
        Set<Long> active = new HashSet<>();
        try (Connection connection = store.connect(); Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT max(model_version), count(*) FROM als_model_commits")) {
                rows.next();
                committed = rows.getLong(1);
                assertEquals(1, rows.getLong(2), "one committed version");
            }
            try (ResultSet rows = sql.executeQuery("SELECT id FROM shoes WHERE active")) {
                while (rows.next()) {
                    active.add(rows.getLong(1));
                }
            }
        }
        HttpResponse<String> model = call(port, "GET", "/api/model");
        assertEquals(200, model.statusCode(), model.body());
        assertEquals(committed, JSON.readTree(model.body()).get("version").asLong(), model.body());

        for (Map.Entry<Long, List<Long>> customer : jobTop10.entrySet()) {
            // The job ranks every shoe; the service offers active ones (the sellability defaults turned off, as the
            // job knows nothing of stock, sizes or styles): compare the job's top-10 among those.
            List<Long> expected = customer.getValue().stream().filter(active::contains).toList();
            assertTrue(expected.size() >= 5, "most of the job's picks are offered: " + customer.getValue());
            HttpResponse<String> answer = call(port, "GET", "/api/users/" + customer.getKey()
                    + "/recommendations?limit=100&includeOwned=true&inStock=false&inCustomerSize=false"
                    + "&forCustomerGender=false&variants=all");
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode body = JSON.readTree(answer.body());
            assertEquals(committed, body.get("modelVersion").asLong());
            // The collaborative share is the ALS score min-max normalized over the candidates: the same order.
            List<JsonNode> items = new ArrayList<>();
            body.get("items").forEach(items::add);
            List<Long> served = items.stream()
                    .sorted(Comparator.comparingDouble(i -> -i.get("components").get("collaborative").asDouble()))
                    .limit(expected.size()).map(i -> i.get("shoeId").asLong()).toList();
            assertEquals(expected, served, "customer " + customer.getKey() + ": the job's ALS top-10, in order");
        }
    }
}
