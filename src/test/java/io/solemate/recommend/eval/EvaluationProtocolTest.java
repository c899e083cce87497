package io.solemate.recommend.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.training.FitConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The random hold-out protocol counted by hand on a store export: 20% of each user's distinct positives (rounded,
 * at least one) are held out with every event on those pairs; users with fewer than two positives are not tested.
 */
class EvaluationProtocolTest {

    @Test
    void holdsOutAFifthOfEachUsersDistinctPositivesWithTheirEvents(@TempDir Path folder) throws IOException {
        StringBuilder shoes = new StringBuilder("id,name,brand,category,gender,material,color,price\n");
        for (int i = 1; i <= 40; i++) {
            shoes.append(i).append(",Shoe ").append(i).append(",Peak,").append(i % 2 == 0 ? "boots" : "running")
                    .append(",unisex,").append(i % 4 < 2 ? "suede" : "mesh").append(",black,80\n");
        }
        StringBuilder events = new StringBuilder("user_id,shoe_id,kind,value,epoch_second\n");
        for (int u = 1; u <= 24; u++) { // five purchases, each after a view: one pair held out, two events
            for (int j = 0; j < 5; j++) {
                int shoe = (u * 7 + j * 3) % 40 + 1;
                event(events, u, shoe, "view", 1000 + j);
                event(events, u, shoe, "purchase", 2000 + j);
            }
        }
        event(events, 25, 3, "like", 100); // two positives: round(0.4) is 0, still one held out
        event(events, 25, 4, "like", 101);
        for (int j = 0; j < 8; j++) { // eight positives: round(1.6) = 2 held out
            event(events, 26, 10 + j, "purchase", 200 + j);
        }
        event(events, 27, 9, "purchase", 300); // one distinct positive, bought twice: not tested
        event(events, 27, 9, "purchase", 301);
        for (int j = 0; j < 3; j++) { // no positives at all
            event(events, 28, 20 + j, "view", 400 + j);
        }
        Files.writeString(folder.resolve("shoes.csv"), shoes);
        Files.writeString(folder.resolve("events.csv"), events);

        OfflineEvaluation.Report report = OfflineEvaluation.run(folder,
                new FitConfig(4, 4, 3, 0.1f, 10f, 1, EventWeights.defaults(), 42L, 50, 5_000, 20, 0));

        Map<String, Object> protocol = report.random().protocol();
        assertEquals(26, protocol.get("users"));
        assertEquals(40, protocol.get("items"));
        assertEquals(24 * 2 + 1 + 2, protocol.get("held_out_events"));
        assertEquals(24 * 10 + 2 + 8 + 2 + 3 - (24 * 2 + 1 + 2), protocol.get("train_events"));
        assertEquals(10, protocol.get("k"));
        assertEquals(0.2, protocol.get("held_out_share_per_user"));
        assertEquals(42L, protocol.get("seed"));
        Map<?, ?> hybridFit = (Map<?, ?>) report.random().hybrid().get("fit_ms");
        assertEquals(((Long) hybridFit.get("total")).doubleValue(), report.metric("Hybrid", "fit_ms"));
        assertEquals(List.of("MostPopular", "ItemKNN", "PureSVD", "ALS", "EASE", "Content", "Hybrid", "Hybrid served"),
                List.copyOf(report.random().models().keySet()));
        for (var e : report.random().models().entrySet()) {
            Map<String, Double> m = e.getValue();
            assertTrue(m.get("ndcg@10") >= 0 && m.get("ndcg@10") <= 1, e.toString());
            assertTrue(m.get("recall@10") >= 0 && m.get("recall@10") <= 1, e.toString());
            assertTrue(m.get("coverage@10") > 0, e + ": every model shows some shoe");
            assertTrue(m.get("fit_ms") >= 0 && m.get("fit_ms") < 600_000, e + ": milliseconds, not more than minutes");
        }
    }

    private static void event(StringBuilder events, int user, int shoe, String kind, long second) {
        events.append(user).append(',').append(shoe).append(',').append(kind).append(",,").append(1_750_000_000L + second)
                .append('\n');
    }
}
