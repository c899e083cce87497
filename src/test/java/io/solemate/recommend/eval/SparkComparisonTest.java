package io.solemate.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.training.FitConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline evaluation's hooks for comparing the Spark job with the service, both on the random split: the
 * training events exported as the job's CSV, and factors the job wrote ranked as "ALS (Spark)".
 */
class SparkComparisonTest {

    private static final int SHOES = 12;
    /** EASE up to exactly this catalogue's size. */
    private static final FitConfig SMALL =
            new FitConfig(4, 4, 3, 0.1f, 10f, 1, EventWeights.defaults(), 42L, 50, SHOES, 20, 0);
    private static final int USERS = 30;
    private static final long T = 1_750_000_000L;

    /**
     * Users 0..29 each buy shoe 1 and shoe 2 + u % 10 (two positives: one of them held out), view the three shoes after
     * that one (among 2-11), and rate and view shoe 12, which nobody buys. The views keep the matrix from being so
     * degenerate that PureSVD's Lanczos finds no starting vector.
     */
    private static void writeStore(Path folder) throws IOException {
        StringBuilder shoes = new StringBuilder("id,name,brand,category,gender,material,color,price\n");
        for (int s = 1; s <= SHOES; s++) {
            shoes.append(s).append(",Shoe ").append(s).append(",Peak,running,unisex,mesh,black,80\n");
        }
        StringBuilder events = new StringBuilder("user_id,shoe_id,kind,value,epoch_second\n");
        for (int u = 0; u < USERS; u++) {
            events.append(u).append(",1,purchase,,").append(T + u).append('\n');
            events.append(u).append(',').append(2 + u % 10).append(",purchase,,").append(T + u + 1).append('\n');
            events.append(u).append(",12,rating,4,").append(T + u + 2).append('\n');
            events.append(u).append(",12,view,,").append(T + u + 3).append('\n');
            for (int d = 1; d <= 3; d++) {
                events.append(u).append(',').append(2 + (u % 10 + d) % 10).append(",view,,").append(T + u + 3 + d)
                        .append('\n');
            }
        }
        Files.writeString(folder.resolve("shoes.csv"), shoes);
        Files.writeString(folder.resolve("events.csv"), events);
    }

    /**
     * Oracle factors over one dimension per shoe: a user weighs 1 on the shoes they bought and 0.5 on the others, a
     * shoe is its own unit vector. Whatever was held out scores 1 and every other candidate 0.5, so a ranking read
     * from these files is perfect. Users are listed out of id order, with one the dataset lacks; shoe 12 is missing
     * (it scores 0) and an unknown shoe 99 is listed.
     */
    private static void writeFactors(Path dir) throws IOException {
        StringBuilder users = new StringBuilder();
        for (int u = USERS; u >= 0; u--) {
            long id = u == USERS ? 500 : u;
            users.append(id);
            for (int s = 1; s <= SHOES; s++) {
                users.append(s == 1 || s == 2 + u % 10 ? " 1" : " 0.5");
            }
            users.append('\n');
        }
        StringBuilder items = new StringBuilder();
        for (int s : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99}) {
            items.append(s);
            for (int d = 1; d <= SHOES; d++) {
                items.append(d == s ? " 1" : " 0");
            }
            items.append('\n');
        }
        Files.writeString(dir.resolve("users.txt"), users);
        Files.writeString(dir.resolve("items.txt"), items);
    }

    @Test
    void ranksByTheJobsFactorsOnTheRandomSplitOnly(@TempDir Path folder, @TempDir Path factors) throws IOException {
        writeStore(folder);
        writeFactors(factors);
        OfflineEvaluation.Report report = OfflineEvaluation.run(folder, SMALL, null, factors);
        assertEquals(USERS, report.random().protocol().get("users"), "every user has two positives");
        for (String metric : List.of("ndcg@10", "recall@10", "hr@10")) {
            assertEquals(1.0, report.metric("ALS (Spark)", metric), 1e-9, metric);
        }
        assertEquals(0.0, report.metric("ALS (Spark)", "fit_ms"));
        assertTrue(report.random().models().containsKey("EASE"), "twelve shoes are not more than EASE's twelve");
        assertFalse(report.temporal().models().containsKey("ALS (Spark)"));
    }

    @Test
    void exportsTheRandomSplitsTrainingEventsFromTheCommandLine(@TempDir Path folder, @TempDir Path out)
            throws IOException {
        writeStore(folder);
        Path csv = out.resolve("train.csv");
        Path json = Path.of("target", "eval", folder.getFileName() + ".json");
        try {
            String printed = printedBy(() -> OfflineEvaluation.main(
                    new String[] {folder.toString(), "--export-train", csv.toString()}));
            assertTrue(printed.contains("training events written to " + csv + "; fit time for the job: --now "
                    + Instant.ofEpochSecond(T + USERS - 1 + 6 + 1)), "a second after the last event: " + printed);
            assertTrue(printed.contains("written " + json.toAbsolutePath()));
            List<String> lines = Files.readAllLines(csv);
            // One of each user's two purchases is held out (no other event is on that pair); the six others stay.
            assertEquals(USERS * 6, lines.size());
            // The random split: the temporal one would hold out every user's later purchase and keep all of shoe 1's.
            long keptShoe1 = IntStream.range(0, USERS).filter(u -> lines.contains(u + ",1,purchase,," + (T + u)))
                    .count();
            assertTrue(keptShoe1 < USERS, "the random draw held out some purchases of shoe 1");
            assertTrue(lines.contains("0,12,view,," + (T + 3)), "no value but for ratings");
            assertTrue(lines.contains("7,12,rating,4.0," + (T + 9)));
            JsonNode report = new ObjectMapper().readTree(json.toFile());
            assertEquals(folder.getFileName().toString(), report.get("dataset").asText());
            assertEquals("random", report.get("protocol").get("split").asText());
            assertEquals(USERS * 6, report.get("protocol").get("train_events").asInt());
            assertTrue(report.get("models").has("Hybrid"));
            assertTrue(report.get("hybrid").has("blend"));
            assertEquals("temporal", report.get("protocols").get("temporal").get("protocol").get("split").asText());
        } finally {
            Files.deleteIfExists(json);
        }
    }

    /** With the dataset folder alone the command line evaluates and prints the table, exporting nothing. */
    @Test
    void theCommandLinePrintsTheTableAndWhereItWroteTheReport(@TempDir Path folder) throws IOException {
        writeStore(folder);
        Path json = Path.of("target", "eval", folder.getFileName() + ".json");
        try {
            String printed = printedBy(() -> OfflineEvaluation.main(new String[] {folder.toString()}));
            assertTrue(printed.contains(folder.getFileName() + ", random split: 30 users, 12 items"), printed);
            assertTrue(printed.contains("written " + json.toAbsolutePath()));
            assertFalse(printed.contains("training events written"));
        } finally {
            Files.deleteIfExists(json);
        }
    }

    private interface Run {
        void run() throws IOException;
    }

    /** What {@code run} prints on standard output. */
    private static String printedBy(Run run) throws IOException {
        PrintStream original = System.out;
        var bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
