package io.solemate.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.solemate.recommend.model.FitConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineEvaluationTest {

    private static Path dataFolder(String name) {
        String root = System.getProperty("solemate.data.dir");
        assumeTrue(root != null, "solemate.data.dir not set");
        Path folder = Path.of(root, name);
        assumeTrue(Files.exists(folder), folder + " is absent");
        return folder;
    }

    @Test
    void hybridBeatsPopularityClearlyOnMovieLens() throws Exception {
        OfflineEvaluation.Report report = OfflineEvaluation.run(dataFolder("ml-100k"), FitConfig.defaults());
        assertEquals(List.of("MostPopular", "ItemKNN", "PureSVD", "ALS", "Content", "Hybrid"),
                List.copyOf(report.models().keySet()));
        double popular = report.metric("MostPopular", "ndcg@10");
        double hybrid = report.metric("Hybrid", "ndcg@10");
        assertTrue(hybrid >= 1.8 * popular, "Hybrid NDCG@10 " + hybrid + " < 1.8 x MostPopular " + popular);
        assertTrue(report.metric("Hybrid", "recall@10") > report.metric("MostPopular", "recall@10"));
    }

    @Test
    void readsQuotedCsvFields() {
        assertEquals(List.of("7", "Trail Runner, \"X\"", "", "42"),
                EvaluationDataset.Csv.split("7,\"Trail Runner, \"\"X\"\"\",,42"));
    }
}
