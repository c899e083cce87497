package io.solemate.recommend.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.StoreFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The service builds exactly the entries of the shared fixture {@code fixtures/interaction-matrix.csv}, which the
 * Spark job's {@code EventMatrixTest} checks too: one written definition of weights, returns and decay.
 */
class InteractionMatrixFixtureTest {

    @Test
    void buildsTheSharedFixturesEntries() throws IOException {
        Instant now = null;
        EventLog log = new EventLog(16);
        Map<String, String> expected = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("/fixtures/interaction-matrix.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split(",", -1);
                switch (f[0]) {
                    case "now" -> now = Instant.parse(f[1]);
                    case "event" -> log.add(Long.parseLong(f[1]), Long.parseLong(f[2]),
                            EventKind.valueOf(f[3].toUpperCase(Locale.ROOT)),
                            f[4].isEmpty() ? Float.NaN : Float.parseFloat(f[4]), Instant.parse(f[5]).getEpochSecond());
                    case "expect" -> expected.put(f[1] + "/" + f[2], f[4] + " " + f[3]);
                    default -> { }
                }
            }
        }
        ShoeInfo[] shoes = LongStream.rangeClosed(10, 13)
                .mapToObj(id -> StoreFixture.shoe(id, "running", "mesh", "men", "Peak", 10, true, null))
                .toArray(ShoeInfo[]::new);
        Catalog catalog = new Catalog(shoes);
        IdIndex users = IdIndex.of(new long[] {1, 2, 3}, 3);
        InteractionMatrix m = InteractionMatrix.of(log, catalog, users, EventWeights.defaults(), now);

        Map<String, String> kinds = new TreeMap<>();
        Map<String, Float> weights = new TreeMap<>();
        for (int u = 0; u < m.rows(); u++) {
            for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
                String key = users.ids()[u] + "/" + catalog.shoe(m.colIndex(k)).id();
                weights.put(key, m.value(k));
                kinds.put(key, m.strongestKind(k).name().toLowerCase(Locale.ROOT));
            }
        }
        assertEquals(expected.keySet(), weights.keySet(), "pairs with an entry");
        expected.forEach((key, weightAndKind) -> {
            String[] wk = weightAndKind.split(" ");
            assertEquals(wk[0], kinds.get(key), "strongest kind of " + key);
            assertEquals(Float.parseFloat(wk[1]), weights.get(key), 1e-5, "weight of " + key);
        });
    }
}
