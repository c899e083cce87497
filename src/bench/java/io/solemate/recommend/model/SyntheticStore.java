package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;
import java.time.Instant;
import java.util.Random;

/** Deterministic synthetic catalogues and interaction logs at benchmark scale. */
final class SyntheticStore {

    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String[] CATEGORIES = {"running", "trail", "walking", "basketball", "tennis", "football",
        "training", "casual", "boots", "hiking", "sandals", "dress"};
    private static final String[] MATERIALS = {"leather", "suede", "nubuck", "mesh", "knit", "canvas", "synthetic",
        "rubber"};
    private static final String[] GENDERS = {"men", "women", "unisex", "kids"};
    private static final String[] COLORS = {"black", "white", "navy", "grey", "tan", "red", "green"};
    private static final String[] BRANDS = {"Northwind", "Stride", "Peak", "Alpine", "Harbor", "Summit", "Ember",
        "Vela"};

    private SyntheticStore() {
    }

    static ShoeInfo[] shoes(int count, long seed) {
        Random random = new Random(seed);
        ShoeInfo[] shoes = new ShoeInfo[count];
        for (int i = 0; i < count; i++) {
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String material = MATERIALS[random.nextInt(MATERIALS.length)];
            String color = COLORS[random.nextInt(COLORS.length)];
            String brand = BRANDS[random.nextInt(BRANDS.length)];
            shoes[i] = new ShoeInfo(i + 1, brand + " " + color + " " + material + " " + category + " " + i, brand,
                    category, GENDERS[random.nextInt(GENDERS.length)], material, color,
                    "A " + color + " " + material + " " + category + " shoe, comfortable for everyday wear.",
                    30 + random.nextInt(200), random.nextInt(10) > 0, true, new float[] {39, 40, 41, 42, 43, 44});
        }
        return shoes;
    }

    /**
     * About {@code events} interactions of {@code users} shoppers over {@code shoes.length} shoes, item popularity
     * skewed (squared uniform) as in real stores.
     */
    static EventLog events(int users, int shoes, int events, long seed) {
        Random random = new Random(seed);
        EventLog log = new EventLog(events);
        EventKind[] kinds = {EventKind.VIEW, EventKind.VIEW, EventKind.VIEW, EventKind.LIKE, EventKind.CART,
            EventKind.PURCHASE};
        for (int e = 0; e < events; e++) {
            double r = random.nextDouble();
            int shoe = (int) (r * r * shoes);
            log.add(1 + random.nextInt(users), 1 + shoe, kinds[random.nextInt(kinds.length)], Float.NaN,
                    NOW.getEpochSecond() - random.nextInt(180 * 86_400));
        }
        return log;
    }

    static InteractionMatrix matrix(int users, int shoes, int events, long seed) {
        Catalog catalog = new Catalog(shoes(shoes, seed));
        EventLog log = events(users, shoes, events, seed);
        long[] ids = new long[users];
        for (int u = 0; u < users; u++) {
            ids[u] = u + 1;
        }
        return InteractionMatrix.of(log, catalog, IdIndex.ofSorted(ids), EventWeights.defaults(), NOW).damped();
    }
}
