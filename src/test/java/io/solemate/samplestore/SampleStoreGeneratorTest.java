package io.solemate.samplestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.aftercare.WeatherCondition;
import io.solemate.catalog.Category;
import io.solemate.catalog.Material;
import io.solemate.interactions.EventKind;
import io.solemate.samplestore.SampleStore.Interaction;
import io.solemate.samplestore.SampleStore.Purchase;
import io.solemate.samplestore.SampleStore.Shoe;
import io.solemate.samplestore.SampleStoreGenerator.Scale;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleStoreGeneratorTest {

    private static final Instant REFERENCE = Instant.parse("2026-11-26T00:00:00Z");

    private static SampleStore store;
    private static List<Interaction> interactions;
    private static List<Purchase> purchases;

    @BeforeAll
    static void generate() {
        store = new SampleStoreGenerator(42, REFERENCE).generate(Scale.TEST);
        interactions = new ArrayList<>();
        purchases = new ArrayList<>();
        store.replayActivity(new SampleStore.ActivitySink<RuntimeException>() {
            @Override
            public void interaction(Interaction interaction) {
                interactions.add(interaction);
            }

            @Override
            public void purchase(Purchase purchase) {
                purchases.add(purchase);
            }
        });
    }

    @Test
    void sameSeedGivesIdenticalRowsAndAnotherSeedDoesNot() throws Exception {
        String first = digest(new SampleStoreGenerator(42, REFERENCE).generate(Scale.TEST));
        String again = digest(new SampleStoreGenerator(42, REFERENCE).generate(Scale.TEST));
        String otherSeed = digest(new SampleStoreGenerator(43, REFERENCE).generate(Scale.TEST));
        String otherReference = digest(new SampleStoreGenerator(42, REFERENCE.minusSeconds(86_400)).generate(Scale.TEST));
        assertEquals(first, again);
        assertNotEquals(first, otherSeed);
        assertNotEquals(first, otherReference);
        // A second replay of the same store gives the same history too.
        assertEquals(digest(store), digest(store));
    }

    @Test
    void sizesMatchTheScale() {
        assertEquals(Scale.TEST.shoes, store.shoes().size());
        assertEquals(Scale.TEST.users, store.users().size());
        assertTrue(Math.abs(interactions.size() - Scale.TEST.interactions) < 0.15 * Scale.TEST.interactions,
                "interactions: " + interactions.size());
        assertEquals(20, store.brands().size());
        assertEquals(SampleStoreGenerator.REGIONS.size() * 731, store.weather().size());
    }

    @Test
    void historyFollowsTheShoppingFunnel() {
        Map<EventKind, Long> byKind = interactions.stream()
                .collect(Collectors.groupingBy(Interaction::kind, () -> new EnumMap<>(EventKind.class),
                        Collectors.counting()));
        long views = byKind.get(EventKind.VIEW);
        long likes = byKind.get(EventKind.LIKE);
        long carts = byKind.get(EventKind.CART);
        long bought = byKind.get(EventKind.PURCHASE);
        long ratings = byKind.get(EventKind.RATING);
        long returns = byKind.get(EventKind.RETURN);
        assertTrue(views > 5 * likes && views > 5 * carts, byKind.toString());
        assertTrue(likes > bought && carts > bought, byKind.toString());
        assertTrue(bought > ratings && ratings > returns && returns > 0, byKind.toString());
        assertEquals(bought, purchases.size());
    }

    @Test
    void purchasesPointAtTheirPurchaseEventAndFitTheShoe() {
        Map<Long, Interaction> byId = new HashMap<>();
        interactions.forEach(i -> byId.put(i.id(), i));
        Map<Long, Shoe> shoes = store.shoes().stream().collect(Collectors.toMap(Shoe::id, s -> s));
        long withUsage = 0;
        for (Purchase purchase : purchases) {
            Interaction event = byId.get(purchase.interactionId());
            assertEquals(EventKind.PURCHASE, event.kind());
            assertEquals(purchase.userId(), event.userId());
            assertEquals(purchase.shoeId(), event.shoeId());
            assertEquals(purchase.purchasedAtEpochSecond(), event.occurredAtEpochSecond());
            Shoe shoe = shoes.get(purchase.shoeId());
            assertTrue(shoe.sizes().contains(purchase.euSize()), purchase + " size not offered by " + shoe);
            assertTrue(purchase.pricePaidCents() > 0 && purchase.pricePaidCents() <= shoe.priceCents(),
                    purchase + " paid more than the catalogue price of " + shoe);
            if (purchase.returnedAtEpochSecond() != null) {
                assertTrue(purchase.returnedAtEpochSecond() > purchase.purchasedAtEpochSecond());
            }
            if (purchase.usageKmPerWeek() != null) {
                assertTrue(shoe.category().distanceBased());
                withUsage++;
            }
        }
        assertTrue(withUsage > 0);
    }

    @Test
    void idsRunFromOneAndEventsStayInsideTheHistoryWindow() {
        long start = REFERENCE.getEpochSecond() - 730L * 86_400;
        for (int i = 0; i < interactions.size(); i++) {
            Interaction event = interactions.get(i);
            assertEquals(i + 1, event.id());
            assertTrue(event.occurredAtEpochSecond() >= start && event.occurredAtEpochSecond() < REFERENCE
                    .getEpochSecond(), event.toString());
            assertTrue(event.kind() == EventKind.RATING
                    ? event.value() >= 1 && event.value() <= 5 && event.value() == Math.rint(event.value())
                    : event.value() == null, event.toString());
        }
    }

    @Test
    void aFewShoesDrawMostOfTheAttention() {
        long[] perShoe = new long[store.shoes().size() + 1];
        interactions.forEach(i -> perShoe[(int) i.shoeId()]++);
        long[] sorted = Arrays.stream(perShoe).sorted().toArray();
        long top = 0;
        int topCount = store.shoes().size() / 10;
        for (int k = 0; k < topCount; k++) {
            top += sorted[sorted.length - 1 - k];
        }
        double share = (double) top / interactions.size();
        assertTrue(share > 0.4, "top 10% of shoes have " + share + " of the events");
    }

    @Test
    void ratingsAreHigherForShoesMatchingStatedPreferences() {
        // Customers who state a favourite category state their real taste, so their ratings there run higher.
        double[] sum = new double[2];
        int[] count = new int[2];
        SampleStore larger = new SampleStoreGenerator(42, REFERENCE).generate(Scale.DEMO);
        Map<Long, SampleStore.User> largerUsers = larger.users().stream()
                .collect(Collectors.toMap(SampleStore.User::id, u -> u));
        Map<Long, Shoe> largerShoes = larger.shoes().stream().collect(Collectors.toMap(Shoe::id, s -> s));
        larger.replayActivity(new SampleStore.ActivitySink<RuntimeException>() {
            @Override
            public void interaction(Interaction event) {
                SampleStore.User user = largerUsers.get(event.userId());
                if (event.kind() != EventKind.RATING || user.preferredCategory() == null) {
                    return;
                }
                int match = largerShoes.get(event.shoeId()).category() == user.preferredCategory() ? 1 : 0;
                sum[match] += event.value();
                count[match]++;
            }

            @Override
            public void purchase(Purchase purchase) {
            }
        });
        assertTrue(count[0] > 30 && count[1] > 30);
        assertTrue(sum[1] / count[1] > sum[0] / count[0] + 0.3,
                "matching " + sum[1] / count[1] + " vs other " + sum[0] / count[0]);
    }

    @Test
    void careInstructionsMatchTheMaterial() {
        Map<Material, List<String>> mustSay = Map.of(
                Material.SUEDE, List.of("suede brush", "never soak", "suede protector spray"),
                Material.NUBUCK, List.of("nubuck brush", "never soak", "protector spray"),
                Material.MESH, List.of("cold water", "mild soap", "air dry away from heat"),
                Material.LEATHER, List.of("wipe", "conditioner", "every few months"),
                Material.KNIT, List.of("hand wash cold", "air dry"),
                Material.CANVAS, List.of("mild soap", "air dry"),
                Material.RUBBER, List.of("rinse"),
                Material.SYNTHETIC, List.of("wipe", "damp cloth"));
        Set<Material> seen = new HashSet<>();
        for (Shoe shoe : store.shoes()) {
            String care = shoe.careInstructions().toLowerCase();
            seen.add(shoe.material());
            for (String phrase : mustSay.get(shoe.material())) {
                assertTrue(care.contains(phrase), shoe.material() + " care lacks '" + phrase + "': " + care);
            }
            if (shoe.material() == Material.SUEDE || shoe.material() == Material.NUBUCK
                    || shoe.material() == Material.LEATHER) {
                assertTrue(!care.contains("hand wash") && !care.contains("rinse"), care);
            }
            assertEquals(shoe.material().careIntervalDays, shoe.careIntervalDays());
            assertTrue(shoe.name().endsWith(capitalized(shoe.material().dbValue())), shoe.name());
            assertTrue(shoe.description().contains(shoe.color()), shoe.description());
        }
        assertEquals(Set.of(Material.values()), seen);
        assertEquals(21, Material.SUEDE.careIntervalDays);
        assertEquals(60, Material.RUBBER.careIntervalDays);
    }

    @Test
    void aStyleComesInColourwaysThatDifferOnlyInColourAndStock() {
        Map<String, List<Shoe>> byStyle = store.shoes().stream().collect(Collectors.groupingBy(Shoe::style));
        long withColourways = byStyle.values().stream().filter(listings -> listings.size() > 1).count();
        assertTrue(withColourways > 0.1 * byStyle.size(), withColourways + " of " + byStyle.size() + " styles");
        for (List<Shoe> listings : byStyle.values()) {
            Shoe lead = listings.getFirst();
            assertEquals(listings.size(), listings.stream().map(Shoe::color).distinct().count(),
                    "one colour per colourway of " + lead.style());
            for (Shoe colourway : listings) {
                assertEquals(List.of(lead.name(), lead.brandId(), lead.category(), lead.gender(), lead.priceCents(),
                                lead.sizes()),
                        List.of(colourway.name(), colourway.brandId(), colourway.category(), colourway.gender(),
                                colourway.priceCents(), colourway.sizes()));
                assertTrue(colourway.description().endsWith(" in " + colourway.color() + "."));
            }
        }
    }

    @Test
    void stockIsKeptPerSize() {
        long partlySoldOut = 0;
        for (Shoe shoe : store.shoes()) {
            assertEquals(shoe.sizes().size(), shoe.stock().size());
            assertTrue(shoe.stock().stream().allMatch(pairs -> pairs >= 0));
            if (shoe.inStock() && shoe.stock().contains(0)) {
                partlySoldOut++;
            }
        }
        assertTrue(partlySoldOut > 0.5 * store.shoes().size(), "sizes sell out one by one: " + partlySoldOut);
    }

    @Test
    void catalogIsPlausible() {
        Set<String> skus = new HashSet<>();
        for (Shoe shoe : store.shoes()) {
            assertTrue(skus.add(shoe.sku()), "duplicate sku " + shoe.sku());
            assertTrue(shoe.priceCents() % 100 == 95, "price " + shoe.priceCents());
            assertTrue(shoe.smallestSize() >= shoe.gender().smallestSize
                    && shoe.largestSize() <= shoe.gender().largestSize);
            if (shoe.category() == Category.DRESS) {
                assertTrue(shoe.material() == Material.LEATHER || shoe.material() == Material.SUEDE);
            }
            if (shoe.category() == Category.RUNNING) {
                assertTrue(shoe.material() != Material.SUEDE && shoe.material() != Material.CANVAS);
            }
        }
        long inStock = store.shoes().stream().filter(Shoe::inStock).count();
        assertTrue(inStock > 0.8 * store.shoes().size() && inStock < store.shoes().size());
        Set<String> emails = store.users().stream().map(SampleStore.User::email).collect(Collectors.toSet());
        assertEquals(store.users().size(), emails.size());
        long withSize = store.users().stream().filter(u -> u.shoeSize() != null).count();
        assertTrue(withSize > 0.6 * store.users().size() && withSize < 0.8 * store.users().size());
        assertTrue(store.users().stream().allMatch(u -> SampleStoreGenerator.REGIONS.contains(u.region())));
    }

    @Test
    void weatherFollowsTheSeasons() {
        long alpineWinterSnow = store.weather().stream()
                .filter(w -> w.region().equals("alpine") && w.observedOn().getMonthValue() <= 2
                        && w.condition() == WeatherCondition.SNOWY)
                .count();
        long southSummerHeat = store.weather().stream()
                .filter(w -> w.region().equals("south") && w.observedOn().getMonthValue() >= 7
                        && w.observedOn().getMonthValue() <= 8 && w.condition() == WeatherCondition.HOT)
                .count();
        long southWinterSnow = store.weather().stream()
                .filter(w -> w.region().equals("south") && w.condition() == WeatherCondition.SNOWY).count();
        assertTrue(alpineWinterSnow > 10, "alpine snowy winter days " + alpineWinterSnow);
        assertTrue(southSummerHeat > 10, "south hot summer days " + southSummerHeat);
        assertTrue(southWinterSnow < alpineWinterSnow);
        assertEquals(REFERENCE.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                store.weather().stream().map(SampleStore.Weather::observedOn).max(java.time.LocalDate::compareTo)
                        .orElseThrow());
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String digest(SampleStore store) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Object row : store.brands()) {
            sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (Object row : store.shoes()) {
            sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (Object row : store.users()) {
            sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        for (Object row : store.weather()) {
            sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        store.replayActivity(new SampleStore.ActivitySink<RuntimeException>() {
            @Override
            public void interaction(Interaction interaction) {
                sha.update(interaction.toString().getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void purchase(Purchase purchase) {
                sha.update(purchase.toString().getBytes(StandardCharsets.UTF_8));
            }
        });
        return java.util.HexFormat.of().formatHex(sha.digest());
    }
}
