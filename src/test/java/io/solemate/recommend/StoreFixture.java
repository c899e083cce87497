package io.solemate.recommend;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.EventLog;
import io.solemate.recommend.model.EventWeights;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.TrainingData;
import io.solemate.recommend.model.UserInfo;
import io.solemate.recommend.serving.CustomerDirectory;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.training.FitConfig;
import io.solemate.recommend.training.ModelFitter;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A small synthetic store with planted tastes: eight style groups (category x material), each shopper buys and
 * views shoes of one group, plus one stray view. Shoe 999 is a suede boot of a brand new
 * to the store (Alpine) that nobody has touched yet.
 */
public final class StoreFixture {

    public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    public static final String[][] GROUPS = {
        {"boots", "suede"}, {"boots", "leather"}, {"running", "mesh"}, {"running", "knit"},
        {"sandals", "rubber"}, {"sandals", "canvas"}, {"dress", "leather"}, {"dress", "nubuck"}};
    public static final int SHOES_PER_GROUP = 10;
    public static final int USERS = 160;
    public static final long NEW_SUEDE_BOOT = 999;
    static final String[] GENDERS = {"men", "women", "unisex"};
    static final String[] BRANDS = {"Northwind", "Stride", "Peak"};

    public final ShoeInfo[] shoes;
    public final UserInfo[] users;
    public final EventLog events;
    public final int[] groupOfUser;

    public StoreFixture() {
        Random random = new Random(7);
        shoes = new ShoeInfo[GROUPS.length * SHOES_PER_GROUP + 1];
        for (int g = 0; g < GROUPS.length; g++) {
            for (int j = 0; j < SHOES_PER_GROUP; j++) {
                int i = g * SHOES_PER_GROUP + j;
                shoes[i] = shoe(100 + i, GROUPS[g][0], GROUPS[g][1], GENDERS[j % 3], BRANDS[j % 3], 40 + 10 * j,
                        j % 4 != 3, j % 2 == 0 ? new float[] {40, 41, 42, 43} : new float[] {38, 39, 40});
            }
        }
        shoes[shoes.length - 1] = shoe(NEW_SUEDE_BOOT, "boots", "suede", "unisex", "Alpine", 120, true,
                new float[] {41, 42});
        users = new UserInfo[USERS];
        groupOfUser = new int[USERS];
        events = new EventLog(USERS * 10);
        long day = 86_400;
        for (int u = 0; u < USERS; u++) {
            int g = u % GROUPS.length;
            groupOfUser[u] = g;
            users[u] = new UserInfo(userId(u), GENDERS[u % 2], 42f, GROUPS[g][0], null, GROUPS[g][1]);
            int[] picks = distinct(random, 7, SHOES_PER_GROUP);
            for (int p = 0; p < picks.length; p++) {
                long shoe = shoes[g * SHOES_PER_GROUP + picks[p]].id();
                long when = NOW.getEpochSecond() - random.nextInt(60) * day;
                events.add(userId(u), shoe, EventKind.VIEW, Float.NaN, when - 3600);
                events.add(userId(u), shoe, p < 3 ? EventKind.PURCHASE : EventKind.LIKE, Float.NaN, when);
            }
            long stray = shoes[random.nextInt(GROUPS.length * SHOES_PER_GROUP)].id();
            events.add(userId(u), stray, EventKind.VIEW, Float.NaN, NOW.getEpochSecond() - day);
        }
    }

    public static long userId(int u) {
        return 10_000 + u;
    }

    public static ShoeInfo shoe(long id, String category, String material, String gender, String brand, double price,
                         boolean inStock, float[] sizes) {
        String name = capital(material) + " " + capital(category) + " " + id;
        return new ShoeInfo(id, name, brand, category, gender, material, "black",
                "A " + material + " shoe from the " + category + " range.", price, inStock, true, sizes);
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int[] distinct(Random random, int n, int bound) {
        int[] all = new int[bound];
        for (int i = 0; i < bound; i++) {
            all[i] = i;
        }
        for (int i = bound - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, n);
    }

    public TrainingData data() {
        return new TrainingData(shoes, users, events);
    }

    public static FitConfig config() {
        return new FitConfig(8, 8, 8, 0.1f, 10f, 2, EventWeights.defaults(), 42L, 60, 5_000, 50, 60_000);
    }

    public ServedModel fit() {
        return ModelFitter.fit(data(), config(), 1, NOW);
    }

    /** The customer directory read with a fit of this store: every user's profile and the shoes they bought. */
    public CustomerDirectory directory() {
        Map<Long, UserInfo> profiles = new HashMap<>();
        for (int u = 0; u < USERS; u++) {
            profiles.put(userId(u), users[u]);
        }
        Map<Long, Set<Long>> owned = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            if (events.kind(e) == EventKind.PURCHASE) {
                owned.computeIfAbsent(events.userId(e), id -> new HashSet<>()).add(events.shoeId(e));
            }
        }
        return new CustomerDirectory(profiles, owned);
    }

    public ShoeInfo shoe(long id) {
        for (ShoeInfo s : shoes) {
            if (s.id() == id) {
                return s;
            }
        }
        throw new IllegalArgumentException("no shoe " + id);
    }

    /** The style group of a shoe, from its category and material. */
    public static int groupOf(ShoeInfo s) {
        for (int g = 0; g < GROUPS.length; g++) {
            if (GROUPS[g][0].equals(s.category()) && GROUPS[g][1].equals(s.material())) {
                return g;
            }
        }
        return -1;
    }
}
