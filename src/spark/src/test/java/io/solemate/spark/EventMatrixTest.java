package io.solemate.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The job folds the shared fixture's events into exactly the entries the service's InteractionMatrix builds. */
class EventMatrixTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[1]").appName("event-matrix-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void foldsTheSharedFixtureIntoTheServicesMatrix() throws IOException {
        Instant now = null;
        List<Row> events = new ArrayList<>();
        Map<String, String> expected = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/fixtures/interaction-matrix.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",", -1);
                switch (f[0]) {
                    case "now" -> now = Instant.parse(f[1]);
                    case "event" -> events.add(RowFactory.create(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3],
                            f[4].isEmpty() ? null : Float.parseFloat(f[4]), Instant.parse(f[5]).getEpochSecond()));
                    case "expect" -> expected.put(f[1] + "/" + f[2], f[4] + " " + f[3]);
                    default -> { }
                }
            }
        }
        StructType schema = new StructType()
                .add("user_id", DataTypes.LongType).add("shoe_id", DataTypes.LongType)
                .add("kind", DataTypes.StringType).add("value", DataTypes.FloatType, true)
                .add("at", DataTypes.LongType);
        Dataset<Row> folded = EventMatrix.fold(spark.createDataFrame(events, schema), EventWeights.defaults(),
                now.getEpochSecond());

        Map<String, Float> weights = new TreeMap<>();
        Map<String, String> kinds = new TreeMap<>();
        for (Row r : folded.collectAsList()) {
            String key = r.getLong(0) + "/" + r.getLong(1);
            weights.put(key, r.getFloat(2));
            kinds.put(key, EventMatrix.KIND_BY_STRENGTH[r.getInt(3)]);
        }
        assertEquals(expected.keySet(), weights.keySet(), "pairs with an entry");
        expected.forEach((key, weightAndKind) -> {
            String[] wk = weightAndKind.split(" ");
            assertEquals(wk[0], kinds.get(key), "strongest kind of " + key);
            assertEquals(Float.parseFloat(wk[1]), weights.get(key), 1e-5, "weight of " + key);
        });
    }
}
