package io.solemate.samplestore;

import io.solemate.aftercare.WeatherCondition;
import io.solemate.catalog.Category;
import io.solemate.catalog.Gender;
import io.solemate.catalog.Material;
import io.solemate.catalog.Style;
import io.solemate.interactions.EventKind;
import io.solemate.samplestore.SampleStore.Brand;
import io.solemate.samplestore.SampleStore.Interaction;
import io.solemate.samplestore.SampleStore.Purchase;
import io.solemate.samplestore.SampleStore.Shoe;
import io.solemate.samplestore.SampleStore.User;
import io.solemate.samplestore.SampleStore.Weather;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Generates a believable footwear store: brands, a catalog, customers with hidden tastes, two years of interactions
 * and purchases that follow those tastes, and daily weather per region.
 *
 * <p>Deterministic: every random choice comes from {@link SplittableRandom}s derived from the seed, and all instants
 * are relative to the reference time passed in, never the clock. Same seed, scale, reference time (and catalog) give
 * the same rows.
 *
 * <p>How the history is shaped, so collaborative filtering has something to find:
 * <ul>
 * <li>Each shoe has a Zipf popularity (weight 1/rank); a customer picks shoes from their favourite category, second
 * category, favourite brand or the whole range (for their gender), always weighted by that popularity.</li>
 * <li>A view turns into a like, a cart and then a purchase with probabilities that grow with how well the shoe matches
 * the customer's hidden taste (category, brand, material, price level); ratings follow the same match, returns the
 * opposite.</li>
 * <li>Activity per customer is log-normal (a few heavy users, many light ones) and leans toward recent months.</li>
 * </ul>
 */
public final class SampleStoreGenerator {

    /** Store sizes. */
    public enum Scale {
        /** Fast integration tests. */
        TEST(300, 400, 15_000),
        /** The store desk and local runs. */
        DEMO(2_000, 5_000, 200_000),
        /** Load and model-fitting benchmarks. */
        BENCHMARK(20_000, 200_000, 5_000_000);

        public final int shoes;
        public final int users;
        public final int interactions;

        Scale(int shoes, int users, int interactions) {
            this.shoes = shoes;
            this.users = users;
            this.interactions = interactions;
        }
    }

    /**
     * Brands and shoes to build the store on. {@code popularity} (same order as shoes, any non-negative scale) ranks
     * the shoes for the Zipf popularity; null means ranks are drawn at random.
     */
    public record Catalog(List<Brand> brands, List<Shoe> shoes, double[] popularity) {
        public Catalog {
            brands = List.copyOf(brands);
            shoes = List.copyOf(shoes);
            if (popularity != null && popularity.length != shoes.size()) {
                throw new IllegalArgumentException("popularity needs one value per shoe");
            }
        }
    }

    /** Regions customers live in; the same names key the weather rows. */
    public static final List<String> REGIONS = List.of("north", "central", "coastal", "alpine", "south", "east");

    private static final long DAY = 86_400;
    private static final int HISTORY_DAYS = 730;

    private final long seed;
    private final Instant referenceTime;

    public SampleStoreGenerator(long seed, Instant referenceTime) {
        this.seed = seed;
        this.referenceTime = Objects.requireNonNull(referenceTime, "referenceTime");
    }

    /** A store with a generated catalog of the scale's size. */
    public SampleStore generate(Scale scale) {
        return generate(scale, generateCatalog(scale.shoes));
    }

    /** A store over the given catalog, with the scale's numbers of users and interactions. */
    public SampleStore generate(Scale scale, Catalog catalog) {
        if (catalog.shoes().isEmpty()) {
            throw new IllegalArgumentException("the catalog has no shoes");
        }
        CatalogIndex index = new CatalogIndex(catalog, random("popularity"));
        List<Taste> tastes = new ArrayList<>(scale.users);
        List<User> users = generateUsers(scale.users, index, tastes);
        double meanEventsPerUser = (double) scale.interactions / scale.users;
        ActivitySimulation simulation = new ActivitySimulation(index, users, tastes, meanEventsPerUser);
        return new SampleStore(catalog.brands(), catalog.shoes(), users, generateWeather(), simulation);
    }

    private SplittableRandom random(String stream) {
        return new SplittableRandom(mix64(seed ^ mix64(stream.hashCode())));
    }

    /** Murmur3's 64-bit finaliser: spreads nearby seeds over unrelated streams. */
    static long mix64(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private long referenceSecond() {
        return referenceTime.getEpochSecond();
    }

    private long historyStart() {
        return referenceSecond() - HISTORY_DAYS * DAY;
    }

    // ---- Catalog ------------------------------------------------------------------------------------------------

    /** Invented brands: tier 0 budget, 1 mainstream, 2 premium; specialists mostly make their focus categories. */
    private record BrandProfile(String name, int tier, List<Category> focus) {
    }

    private static final List<BrandProfile> BRANDS = List.of(
            new BrandProfile("Stridewell", 1, List.of()),
            new BrandProfile("Northpeak", 2, List.of(Category.HIKING, Category.TRAIL, Category.BOOTS)),
            new BrandProfile("Aerolite", 1, List.of(Category.RUNNING, Category.TRAINING)),
            new BrandProfile("Cobble & Co", 2, List.of(Category.DRESS, Category.BOOTS, Category.CASUAL)),
            new BrandProfile("Urban Sole", 0, List.of(Category.CASUAL, Category.SANDALS)),
            new BrandProfile("Trailhawk", 1, List.of(Category.TRAIL, Category.HIKING)),
            new BrandProfile("Courtline", 1, List.of(Category.TENNIS, Category.BASKETBALL)),
            new BrandProfile("Pitchmaster", 1, List.of(Category.FOOTBALL)),
            new BrandProfile("Duneway", 0, List.of(Category.SANDALS, Category.WALKING)),
            new BrandProfile("Oakridge", 2, List.of(Category.BOOTS, Category.DRESS)),
            new BrandProfile("Velocity Lab", 2, List.of(Category.RUNNING)),
            new BrandProfile("Kinetic", 0, List.of()),
            new BrandProfile("Harbor & Hide", 2, List.of(Category.CASUAL, Category.DRESS, Category.BOOTS)),
            new BrandProfile("Summit Forge", 1, List.of(Category.HIKING, Category.BOOTS)),
            new BrandProfile("Featherstep", 0, List.of(Category.WALKING, Category.RUNNING)),
            new BrandProfile("Ironbark", 1, List.of(Category.BOOTS, Category.TRAINING)),
            new BrandProfile("Lumen Athletics", 1, List.of(Category.TRAINING, Category.BASKETBALL, Category.RUNNING)),
            new BrandProfile("Meridian", 2, List.of()),
            new BrandProfile("Pacer", 0, List.of(Category.RUNNING, Category.FOOTBALL, Category.TRAINING)),
            new BrandProfile("Willow Lane", 1, List.of(Category.CASUAL, Category.SANDALS, Category.WALKING)));

    private static final double[] TIER_PRICE_FACTOR = {0.75, 1.0, 1.45};

    /** How common each category is in a general store, in percent. */
    private static final Map<Category, Integer> CATEGORY_SHARE = shares(Category.class,
            Category.RUNNING, 14, Category.TRAIL, 6, Category.WALKING, 9, Category.BASKETBALL, 7, Category.TENNIS, 5,
            Category.FOOTBALL, 6, Category.TRAINING, 10, Category.CASUAL, 16, Category.BOOTS, 8, Category.HIKING, 6,
            Category.SANDALS, 6, Category.DRESS, 7);

    /** Base retail price band per category, in whole currency units, for a mid-tier brand. */
    private static final Map<Category, int[]> BASE_PRICE_BAND = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.RUNNING, new int[] {80, 160}),
            Map.entry(Category.TRAIL, new int[] {90, 170}),
            Map.entry(Category.WALKING, new int[] {60, 130}),
            Map.entry(Category.BASKETBALL, new int[] {90, 190}),
            Map.entry(Category.TENNIS, new int[] {70, 150}),
            Map.entry(Category.FOOTBALL, new int[] {60, 220}),
            Map.entry(Category.TRAINING, new int[] {60, 130}),
            Map.entry(Category.CASUAL, new int[] {50, 120}),
            Map.entry(Category.BOOTS, new int[] {110, 260}),
            Map.entry(Category.HIKING, new int[] {110, 230}),
            Map.entry(Category.SANDALS, new int[] {25, 70}),
            Map.entry(Category.DRESS, new int[] {90, 250})));

    /** Upper materials that make sense per category, with their share in percent. */
    private static final Map<Category, Map<Material, Integer>> MATERIAL_SHARE = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.RUNNING, shares(Material.class, Material.MESH, 55, Material.KNIT, 30,
                    Material.SYNTHETIC, 15)),
            Map.entry(Category.TRAIL, shares(Material.class, Material.MESH, 40, Material.SYNTHETIC, 40,
                    Material.NUBUCK, 10, Material.KNIT, 10)),
            Map.entry(Category.WALKING, shares(Material.class, Material.MESH, 35, Material.LEATHER, 25,
                    Material.SYNTHETIC, 20, Material.KNIT, 20)),
            Map.entry(Category.BASKETBALL, shares(Material.class, Material.SYNTHETIC, 45, Material.LEATHER, 35,
                    Material.MESH, 10, Material.KNIT, 10)),
            Map.entry(Category.TENNIS, shares(Material.class, Material.SYNTHETIC, 45, Material.LEATHER, 30,
                    Material.MESH, 25)),
            Map.entry(Category.FOOTBALL, shares(Material.class, Material.SYNTHETIC, 70, Material.LEATHER, 20,
                    Material.KNIT, 10)),
            Map.entry(Category.TRAINING, shares(Material.class, Material.MESH, 45, Material.KNIT, 30,
                    Material.SYNTHETIC, 25)),
            Map.entry(Category.CASUAL, shares(Material.class, Material.CANVAS, 30, Material.LEATHER, 25,
                    Material.SUEDE, 20, Material.SYNTHETIC, 15, Material.KNIT, 10)),
            Map.entry(Category.BOOTS, shares(Material.class, Material.LEATHER, 55, Material.SUEDE, 20,
                    Material.NUBUCK, 20, Material.RUBBER, 5)),
            Map.entry(Category.HIKING, shares(Material.class, Material.NUBUCK, 35, Material.LEATHER, 30,
                    Material.SYNTHETIC, 25, Material.SUEDE, 10)),
            Map.entry(Category.SANDALS, shares(Material.class, Material.RUBBER, 40, Material.LEATHER, 30,
                    Material.SYNTHETIC, 30)),
            Map.entry(Category.DRESS, shares(Material.class, Material.LEATHER, 85, Material.SUEDE, 15))));

    /** The material a shoe of the category most likely has; the importer's fallback when text names none. */
    static Material typicalMaterial(Category category) {
        return MATERIAL_SHARE.get(category).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static final Map<Category, List<String>> MODEL_NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.RUNNING, List.of("Velocity", "Tempo", "Glide", "Stride", "Pace", "Cloudrunner",
                    "Sprint", "Aero", "Pulse", "Horizon")),
            Map.entry(Category.TRAIL, List.of("Trail Runner", "Ridge", "Switchback", "Scree", "Canyon", "Timberline",
                    "Wildpath")),
            Map.entry(Category.WALKING, List.of("Comfort Walk", "Stroll", "Wayfarer", "Promenade", "Everyday",
                    "Cityline")),
            Map.entry(Category.BASKETBALL, List.of("Hoop", "Rebound", "Court Force", "Slam", "Crossover",
                    "Fastbreak")),
            Map.entry(Category.TENNIS, List.of("Baseline", "Ace", "Court Pro", "Volley", "Rally", "Smash")),
            Map.entry(Category.FOOTBALL, List.of("Striker", "Pitch", "Goal", "Playmaker", "Winger", "Sweeper")),
            Map.entry(Category.TRAINING, List.of("Cross Trainer", "Lift", "Circuit", "Flex", "Studio", "Metric")),
            Map.entry(Category.CASUAL, List.of("Classic", "Street", "Retro", "Weekend", "Lounge", "Skate")),
            Map.entry(Category.BOOTS, List.of("Chelsea", "Ranger", "Work Boot", "Highland", "Chukka", "Harbor")),
            Map.entry(Category.HIKING, List.of("Summit", "Trek", "Alpine", "Ridgeline", "Backcountry",
                    "Pathfinder")),
            Map.entry(Category.SANDALS, List.of("Slide", "Beach", "Strap Sandal", "Lagoon", "Flip", "Coast")),
            Map.entry(Category.DRESS, List.of("Oxford", "Derby", "Loafer", "Brogue", "Monk Strap", "Wingtip"))));

    private static final List<String> MODEL_SUFFIXES = List.of("X", "Pro", "Lite", "Max", "GTX", "Plus", "Elite");

    private static final Map<Category, String> CATEGORY_NOUN = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.RUNNING, "running shoe"), Map.entry(Category.TRAIL, "trail running shoe"),
            Map.entry(Category.WALKING, "walking shoe"), Map.entry(Category.BASKETBALL, "basketball shoe"),
            Map.entry(Category.TENNIS, "tennis shoe"), Map.entry(Category.FOOTBALL, "football boot"),
            Map.entry(Category.TRAINING, "training shoe"), Map.entry(Category.CASUAL, "casual sneaker"),
            Map.entry(Category.BOOTS, "boot"), Map.entry(Category.HIKING, "hiking boot"),
            Map.entry(Category.SANDALS, "sandal"), Map.entry(Category.DRESS, "dress shoe")));

    private static final Map<Category, List<String>> CATEGORY_FEATURES = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.RUNNING, List.of("responsive foam cushioning", "a rocker sole for smooth transitions",
                    "a reflective heel tab for evening runs", "a carbon-infused plate for race day",
                    "plush heel cushioning for long distances")),
            Map.entry(Category.TRAIL, List.of("an aggressive lugged outsole for loose ground",
                    "a rock plate underfoot", "a water-resistant toe bumper", "sticky rubber for wet rock")),
            Map.entry(Category.WALKING, List.of("a cushioned footbed for all-day comfort", "a roomy toe box",
                    "firm arch support", "a slip-resistant outsole")),
            Map.entry(Category.BASKETBALL, List.of("high-top ankle support", "a herringbone traction pattern",
                    "impact cushioning in the heel", "lateral stability straps")),
            Map.entry(Category.TENNIS, List.of("a durable toe drag guard", "a herringbone outsole for hard courts",
                    "lateral support for quick changes of direction")),
            Map.entry(Category.FOOTBALL, List.of("studs for firm ground", "a textured strike zone for ball control",
                    "a sock-like collar")),
            Map.entry(Category.TRAINING, List.of("a flat stable heel for lifting", "flexible forefoot grooves",
                    "rope-climb protection on the midfoot")),
            Map.entry(Category.CASUAL, List.of("a vulcanised rubber sole", "a padded collar", "contrast stitching",
                    "a cupsole for everyday wear")),
            Map.entry(Category.BOOTS, List.of("a Goodyear-welted sole", "a waterproof membrane",
                    "a pull tab and elastic side panels", "a warm lined collar")),
            Map.entry(Category.HIKING, List.of("a waterproof breathable membrane", "a deep-lugged sole",
                    "a gusseted tongue that keeps debris out", "ankle support for rough terrain")),
            Map.entry(Category.SANDALS, List.of("a contoured cork footbed", "adjustable straps",
                    "a quick-drying lining", "a cushioned EVA sole")),
            Map.entry(Category.DRESS, List.of("a leather sole", "a Blake-stitched construction",
                    "a cushioned leather insole", "a sleek almond toe"))));

    private static final Map<Material, String> MATERIAL_PHRASE = new EnumMap<>(Map.of(
            Material.LEATHER, "full-grain leather", Material.SUEDE, "soft suede", Material.NUBUCK, "brushed nubuck",
            Material.MESH, "breathable engineered mesh", Material.KNIT, "stretch knit", Material.CANVAS,
            "cotton canvas", Material.SYNTHETIC, "durable synthetic", Material.RUBBER, "waterproof moulded rubber"));

    private static final List<String> EVERYDAY_COLORS = List.of("black", "white", "navy", "grey", "red", "blue",
            "green", "olive", "beige", "pink", "orange", "black/white", "white/grey", "teal", "yellow", "burgundy");
    private static final List<String> CLASSIC_COLORS = List.of("black", "brown", "tan", "burgundy", "dark brown",
            "cognac", "olive", "grey");

    private static final Map<Gender, Integer> SHOE_GENDER_SHARE = shares(Gender.class,
            Gender.MEN, 40, Gender.WOMEN, 40, Gender.UNISEX, 14, Gender.KIDS, 6);

    /** Share of generated listings that are another colourway of the style listed just before. */
    private static final double COLOURWAY_SHARE = 0.35;
    /** Colourways of one style at most. */
    private static final int MAX_COLOURWAYS = 4;
    /** Share of listings the shop carries in stock at all; the others have no pairs in any size. */
    private static final double STOCKED_SHARE = 0.9;
    /** Share of a stocked listing's sizes with pairs on hand; the rest are sold out. */
    private static final double SIZE_STOCKED_SHARE = 0.8;

    /**
     * A catalog of {@code shoeCount} generated shoes from the invented brands. About a third of the listings are
     * further colourways of the style listed just before (same brand, name, category, gender, material, price and
     * sizes; another colour), up to {@link #MAX_COLOURWAYS} per style. Colourways and per-size stock are drawn from
     * streams of their own, so the other draws of a listing are the same whatever they decide.
     */
    public Catalog generateCatalog(int shoeCount) {
        SplittableRandom random = random("catalog");
        SplittableRandom styles = random("styles");
        SplittableRandom stock = random("stock");
        List<Brand> brands = new ArrayList<>(BRANDS.size());
        for (int b = 0; b < BRANDS.size(); b++) {
            brands.add(new Brand(b + 1, BRANDS.get(b).name()));
        }
        List<Shoe> shoes = new ArrayList<>(shoeCount);
        long windowStart = historyStart();
        Shoe lead = null;
        Set<String> leadColours = new HashSet<>();
        Set<String> styleKeys = new HashSet<>();
        for (int i = 0; i < shoeCount; i++) {
            long id = i + 1;
            int brandIndex = random.nextInt(BRANDS.size());
            BrandProfile brand = BRANDS.get(brandIndex);
            Category category = !brand.focus().isEmpty() && random.nextDouble() < 0.9
                    ? brand.focus().get(random.nextInt(brand.focus().size()))
                    : pick(random, CATEGORY_SHARE);
            Gender gender = category == Category.DRESS || category == Category.BOOTS
                    ? (random.nextBoolean() ? Gender.MEN : Gender.WOMEN)
                    : pick(random, SHOE_GENDER_SHARE);
            Material material = pick(random, MATERIAL_SHARE.get(category));
            String color = palette(category).get(random.nextInt(palette(category).size()));
            String name = modelName(random, category, material);
            int[] band = BASE_PRICE_BAND.get(category);
            double basePrice = band[0] + random.nextDouble() * (band[1] - band[0]);
            // Shelf prices end in .95: round to a multiple of 5, then take five cents off.
            long priceCents = Math.max(5, Math.round(basePrice * TIER_PRICE_FACTOR[brand.tier()] / 5) * 5) * 100 - 5;
            String description = String.format(Locale.ROOT, "A %s %s %s with a %s upper, %s and %s, in %s.",
                    pickOne(random, List.of("lightweight", "supportive", "versatile", "comfortable", "durable",
                            "modern", "classic")),
                    genderAdjective(gender), CATEGORY_NOUN.get(category), MATERIAL_PHRASE.get(material),
                    pickOne(random, CATEGORY_FEATURES.get(category)), pickOne(random, CATEGORY_FEATURES.get(category)),
                    color);
            double smallest = gender.smallestSize + random.nextInt(3) * 0.5;
            double largest = gender.largestSize - random.nextInt(3) * 0.5;
            // Most of the range existed before the history window; a fifth are new arrivals during it.
            long createdAt = random.nextDouble() < 0.8
                    ? windowStart - 1 - random.nextLong(365 * DAY)
                    : windowStart + random.nextLong((HISTORY_DAYS - 30) * DAY);
            boolean stocked = random.nextDouble() < STOCKED_SHARE;
            boolean active = random.nextDouble() < 0.97;
            String colourway = lead == null || leadColours.size() >= MAX_COLOURWAYS
                    || !(styles.nextDouble() < COLOURWAY_SHARE) ? null : unusedColour(lead, leadColours, styles);
            if (colourway != null) {
                brandIndex = (int) lead.brandId() - 1;
                brand = BRANDS.get(brandIndex);
                category = lead.category();
                gender = lead.gender();
                material = lead.material();
                name = lead.name();
                priceCents = lead.priceCents();
                description = lead.description().replace("in " + lead.color() + ".", "in " + colourway + ".");
                color = colourway;
                smallest = lead.smallestSize();
                largest = lead.largestSize();
            }
            if (colourway == null) {
                // Another model drawn with a taken name is the next mark of it, before the material word.
                String drawn = name;
                int materialWord = drawn.lastIndexOf(' ');
                for (int mark = 2; styleKeys.contains(Style.key(brand.name(), name)); mark++) {
                    name = drawn.substring(0, materialWord) + " Mk" + mark + drawn.substring(materialWord);
                }
                styleKeys.add(Style.key(brand.name(), name));
            }
            String sku = String.format(Locale.ROOT, "%s-%s-%06d", brandCode(brand.name()),
                    category.name().substring(0, 3), id);
            List<Integer> pairs = new ArrayList<>();
            for (double ignored : Gender.halfSizesBetween(smallest, largest)) {
                pairs.add(stocked && stock.nextDouble() < SIZE_STOCKED_SHARE ? 1 + stock.nextInt(8) : 0);
            }
            Shoe shoe = new Shoe(id, sku, name, brandIndex + 1L, Style.key(brand.name(), name), category, gender,
                    material, color, priceCents, description, active, createdAt, smallest, largest, pairs);
            shoes.add(shoe);
            if (colourway == null) {
                lead = shoe;
                leadColours.clear();
            }
            leadColours.add(color);
        }
        return new Catalog(brands, shoes, null);
    }

    private static List<String> palette(Category category) {
        return category == Category.DRESS || category == Category.BOOTS ? CLASSIC_COLORS : EVERYDAY_COLORS;
    }

    /** A colour of the style's palette none of its colourways has yet; null when none is left. */
    private static String unusedColour(Shoe lead, Set<String> used, SplittableRandom random) {
        List<String> unused = palette(lead.category()).stream().filter(c -> !used.contains(c)).toList();
        return unused.isEmpty() ? null : unused.get(random.nextInt(unused.size()));
    }

    private static String modelName(SplittableRandom random, Category category, Material material) {
        StringBuilder name = new StringBuilder(pickOne(random, MODEL_NAMES.get(category)));
        if (random.nextDouble() < 0.6) {
            name.append(' ').append(pickOne(random, MODEL_SUFFIXES));
        }
        if (random.nextDouble() < 0.6) {
            name.append(' ').append(1 + random.nextInt(9));
        }
        String materialWord = material.dbValue();
        return name.append(' ').append(Character.toUpperCase(materialWord.charAt(0)))
                .append(materialWord.substring(1)).toString();
    }

    private static String genderAdjective(Gender gender) {
        return switch (gender) {
            case MEN -> "men's";
            case WOMEN -> "women's";
            case UNISEX -> "unisex";
            case KIDS -> "kids'";
        };
    }

    private static String brandCode(String brandName) {
        String letters = brandName.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return letters.substring(0, Math.min(3, letters.length()));
    }

    // ---- Users --------------------------------------------------------------------------------------------------

    private static final List<String> WOMEN_FIRST_NAMES = List.of("Ava", "Mia", "Emma", "Sofia", "Lena", "Nora",
            "Chloe", "Hannah", "Ines", "Maya", "Zoe", "Clara", "Amira", "Yuki", "Priya", "Elena", "Julia", "Freya",
            "Leila", "Rosa");
    private static final List<String> MEN_FIRST_NAMES = List.of("Liam", "Noah", "Lucas", "Elias", "Mateo", "Omar",
            "Jonas", "Leo", "Finn", "Arjun", "Kenji", "Samuel", "Tomas", "David", "Hugo", "Felix", "Ravi", "Ivan",
            "Oscar", "Malik");
    private static final List<String> LAST_NAMES = List.of("Smith", "Garcia", "Nguyen", "Muller", "Rossi",
            "Kowalski", "Silva", "Jensen", "Okafor", "Tanaka", "Novak", "Dubois", "Patel", "Larsen", "Moreau",
            "Fischer", "Costa", "Haddad", "Kim", "Berg", "Walsh", "Ortiz", "Lindqvist", "Mensah", "Sato");
    private static final int[] REGION_SHARE = {18, 26, 20, 8, 16, 12};
    /** Customers by price level: budget, mainstream, premium, in percent. */
    private static final int[] PRICE_LEVEL_SHARE = {35, 45, 20};

    /** What a customer likes, known only to the generator. */
    private record Taste(int genderGroup, Category favourite, Category second, int brandIndex, Material material,
            int priceLevel) {
    }

    private List<User> generateUsers(int count, CatalogIndex index, List<Taste> tastes) {
        SplittableRandom random = random("users");
        List<User> users = new ArrayList<>(count);
        long newestSignup = referenceSecond() - 7 * DAY;
        long oldestSignup = historyStart() - 90 * DAY;
        for (int i = 0; i < count; i++) {
            long id = i + 1;
            double genderDraw = random.nextDouble();
            Gender gender = genderDraw < 0.47 ? Gender.MEN : genderDraw < 0.94 ? Gender.WOMEN : null;
            String first = gender == Gender.MEN ? pickOne(random, MEN_FIRST_NAMES)
                    : gender == Gender.WOMEN ? pickOne(random, WOMEN_FIRST_NAMES)
                    : pickOne(random, random.nextBoolean() ? MEN_FIRST_NAMES : WOMEN_FIRST_NAMES);
            String last = pickOne(random, LAST_NAMES);
            String email = (first + "." + last).toLowerCase(Locale.ROOT) + id + "@example.com";
            Double shoeSize = random.nextDouble() < 0.7 ? typicalSize(random, gender) : null;
            String region = REGIONS.get(pickIndex(random, REGION_SHARE));
            long createdAt = oldestSignup + random.nextLong(newestSignup - oldestSignup);

            int group = CatalogIndex.groupOf(gender);
            // Tastes follow what the catalog offers: favourites are drawn through shoes it holds.
            Category favourite = index.shoes.get(index.uniformShoe(random, group)).category();
            Category second = index.shoes.get(index.uniformShoe(random, group)).category();
            int brandIndex = index.brandIndexOfShoe[index.uniformShoe(random, favourite, group)];
            Material material = random.nextDouble() < 0.7
                    ? index.shoes.get(index.uniformShoe(random, favourite, group)).material()
                    : Material.values()[random.nextInt(Material.values().length)];
            int priceLevel = pickIndex(random, PRICE_LEVEL_SHARE);
            tastes.add(new Taste(group, favourite, second, brandIndex, material, priceLevel));

            // Some customers fill in their preferences; they state their real taste.
            users.add(new User(id, email, first + " " + last, gender, shoeSize,
                    random.nextDouble() < 0.35 ? favourite : null,
                    random.nextDouble() < 0.25 ? index.brands.get(brandIndex).id() : null,
                    random.nextDouble() < 0.2 ? material : null, region, createdAt));
        }
        return users;
    }

    private static double typicalSize(SplittableRandom random, Gender gender) {
        double mean = gender == Gender.MEN ? 43 : gender == Gender.WOMEN ? 38.5 : 41;
        double low = gender == Gender.WOMEN ? Gender.WOMEN.smallestSize : gender == Gender.MEN
                ? Gender.MEN.smallestSize : Gender.UNISEX.smallestSize;
        double high = gender == Gender.WOMEN ? Gender.WOMEN.largestSize : gender == Gender.MEN
                ? Gender.MEN.largestSize : Gender.UNISEX.largestSize;
        double size = Math.round((mean + gaussian(random) * 1.5) * 2) / 2.0;
        return Math.min(high, Math.max(low, size));
    }

    // ---- Weather ------------------------------------------------------------------------------------------------

    /** Climate per region (same order as {@link #REGIONS}): mean and seasonal swing in °C, share of wet days. */
    private static final double[][] CLIMATE = {
            {6, 10, 0.45}, {10, 9, 0.35}, {12, 6, 0.55}, {3, 10, 0.45}, {17, 9, 0.2}, {11, 12, 0.28}};

    private List<Weather> generateWeather() {
        LocalDate last = LocalDate.ofInstant(referenceTime, ZoneOffset.UTC);
        LocalDate first = last.minusDays(HISTORY_DAYS);
        List<Weather> rows = new ArrayList<>();
        long id = 1;
        for (int r = 0; r < REGIONS.size(); r++) {
            SplittableRandom random = random("weather-" + REGIONS.get(r));
            double mean = CLIMATE[r][0];
            double swing = CLIMATE[r][1];
            double wetShare = CLIMATE[r][2];
            double anomaly = 0;
            int dryStreak = 0;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                // Coldest around mid-January; weather anomalies persist for a few days.
                double season = -Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.25);
                anomaly = 0.7 * anomaly + gaussian(random) * 2.2;
                double temperature = mean + swing * season + anomaly;
                double wetChance = wetShare * (1 - 0.25 * season);
                double precipitation = random.nextDouble() < wetChance ? -Math.log(1 - random.nextDouble()) * 5 : 0;
                dryStreak = precipitation > 0 ? 0 : dryStreak + 1;
                WeatherCondition condition;
                if (precipitation >= 1 && temperature <= 0.5) {
                    condition = WeatherCondition.SNOWY;
                } else if (precipitation >= 2) {
                    condition = WeatherCondition.WET;
                } else if (temperature >= 27) {
                    condition = WeatherCondition.HOT;
                } else if (temperature <= 3) {
                    condition = WeatherCondition.COLD;
                } else if (dryStreak >= 4 && temperature >= 12) {
                    condition = WeatherCondition.DRY;
                } else {
                    condition = WeatherCondition.MILD;
                }
                rows.add(new Weather(id++, REGIONS.get(r), day, condition,
                        (float) (Math.round(temperature * 10) / 10.0), (float) (Math.round(precipitation * 10) / 10.0)));
            }
        }
        return rows;
    }

    // ---- Activity -----------------------------------------------------------------------------------------------

    /** Catalog lookups the simulation needs: samplers by popularity, per gender group, category and brand. */
    private static final class CatalogIndex {
        static final int MEN_GROUP = 0;
        static final int WOMEN_GROUP = 1;
        static final int ANY_GROUP = 2;

        final List<Brand> brands;
        final List<Shoe> shoes;
        final int[] brandIndexOfShoe;
        final int[] priceLevel;
        final WeightedSampler[] byGroup = new WeightedSampler[3];
        final WeightedSampler[][] byCategory = new WeightedSampler[Category.values().length][3];
        final WeightedSampler[][] byBrand;

        CatalogIndex(Catalog catalog, SplittableRandom random) {
            this.brands = catalog.brands();
            this.shoes = catalog.shoes();
            int n = shoes.size();
            Map<Long, Integer> brandIndexById = new HashMap<>();
            for (int b = 0; b < brands.size(); b++) {
                brandIndexById.put(brands.get(b).id(), b);
            }
            brandIndexOfShoe = new int[n];
            for (int i = 0; i < n; i++) {
                Integer b = brandIndexById.get(shoes.get(i).brandId());
                if (b == null) {
                    throw new IllegalArgumentException("shoe " + shoes.get(i).id() + " has an unknown brand");
                }
                brandIndexOfShoe[i] = b;
            }
            priceLevel = priceLevels(shoes);
            double[] weight = zipfWeights(catalog.popularity(), n, random);
            for (int g = 0; g < 3; g++) {
                int group = g;
                byGroup[g] = WeightedSampler.of(n, i -> fits(shoes.get(i), group), weight);
                for (Category category : Category.values()) {
                    byCategory[category.ordinal()][g] = WeightedSampler.of(n,
                            i -> shoes.get(i).category() == category && fits(shoes.get(i), group), weight);
                }
            }
            byBrand = new WeightedSampler[brands.size()][3];
            for (int b = 0; b < brands.size(); b++) {
                for (int g = 0; g < 3; g++) {
                    int brand = b;
                    int group = g;
                    byBrand[b][g] = WeightedSampler.of(n,
                            i -> brandIndexOfShoe[i] == brand && fits(shoes.get(i), group), weight);
                }
            }
        }

        static int groupOf(Gender userGender) {
            return userGender == Gender.MEN ? MEN_GROUP : userGender == Gender.WOMEN ? WOMEN_GROUP : ANY_GROUP;
        }

        static boolean fits(Shoe shoe, int group) {
            return switch (group) {
                case MEN_GROUP -> shoe.gender() == Gender.MEN || shoe.gender() == Gender.UNISEX;
                case WOMEN_GROUP -> shoe.gender() == Gender.WOMEN || shoe.gender() == Gender.UNISEX;
                default -> true;
            };
        }

        /** Weight 1/rank; ranks follow the popularity hint (ties broken at random) or are drawn at random. */
        private static double[] zipfWeights(double[] popularity, int n, SplittableRandom random) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Integer swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            if (popularity != null) {
                Arrays.sort(order, Comparator.comparingDouble((Integer i) -> popularity[i]).reversed());
            }
            double[] weight = new double[n];
            for (int rank = 0; rank < n; rank++) {
                weight[order[rank]] = 1.0 / (rank + 1);
            }
            return weight;
        }

        /** 0, 1 or 2: the price tercile of the shoe within its category. */
        private static int[] priceLevels(List<Shoe> shoes) {
            int[] level = new int[shoes.size()];
            for (Category category : Category.values()) {
                long[] prices = shoes.stream().filter(s -> s.category() == category)
                        .mapToLong(Shoe::priceCents).sorted().toArray();
                if (prices.length == 0) {
                    continue;
                }
                long lowCut = prices[prices.length / 3];
                long highCut = prices[2 * prices.length / 3];
                for (int i = 0; i < shoes.size(); i++) {
                    Shoe shoe = shoes.get(i);
                    if (shoe.category() == category) {
                        level[i] = shoe.priceCents() < lowCut ? 0 : shoe.priceCents() < highCut ? 1 : 2;
                    }
                }
            }
            return level;
        }

        /** Index of a shoe drawn uniformly (not by popularity) from the gender group: what the catalog holds. */
        int uniformShoe(SplittableRandom random, int group) {
            return byGroup[group].uniform(random, byGroup[ANY_GROUP]);
        }

        int uniformShoe(SplittableRandom random, Category category, int group) {
            return byCategory[category.ordinal()][group].uniform(random, byCategory[category.ordinal()][ANY_GROUP]);
        }
    }

    /** Samples item indexes in proportion to their weight (binary search over cumulative weights). */
    private static final class WeightedSampler {
        final int[] items;
        final double[] cumulative;

        private WeightedSampler(int[] items, double[] cumulative) {
            this.items = items;
            this.cumulative = cumulative;
        }

        static WeightedSampler of(int n, IntPredicate member, double[] weight) {
            int[] items = IntStream.range(0, n).filter(member).toArray();
            double[] cumulative = new double[items.length];
            double total = 0;
            for (int k = 0; k < items.length; k++) {
                total += weight[items[k]];
                cumulative[k] = total;
            }
            return new WeightedSampler(items, cumulative);
        }

        boolean isEmpty() {
            return items.length == 0;
        }

        int sample(SplittableRandom random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int k = Arrays.binarySearch(cumulative, target);
            k = k >= 0 ? k + 1 : -k - 1;
            return items[Math.min(k, items.length - 1)];
        }

        /** A uniformly chosen item, or one of {@code fallback}'s when this sampler is empty. */
        int uniform(SplittableRandom random, WeightedSampler fallback) {
            WeightedSampler source = isEmpty() ? fallback : this;
            return source.items[random.nextInt(source.items.length)];
        }
    }

    /** One customer's event before ids are assigned; purchases carry what their purchase row needs. */
    private record PendingEvent(int shoeIndex, EventKind kind, Float value, long at, double euSize, Float usageKm,
            Long returnedAt) {
    }

    private final class ActivitySimulation implements SampleStore.Activity {
        private final CatalogIndex index;
        private final List<User> users;
        private final List<Taste> tastes;
        private final double meanEventsPerUser;

        ActivitySimulation(CatalogIndex index, List<User> users, List<Taste> tastes, double meanEventsPerUser) {
            this.index = index;
            this.users = users;
            this.tastes = tastes;
            this.meanEventsPerUser = meanEventsPerUser;
        }

        @Override
        public <X extends Exception> void replay(SampleStore.ActivitySink<X> sink) throws X {
            long nextInteractionId = 1;
            long nextPurchaseId = 1;
            long activityStream = mix64(seed ^ 0x5EED_AC71_0000L);
            List<PendingEvent> events = new ArrayList<>();
            for (int u = 0; u < users.size(); u++) {
                User user = users.get(u);
                SplittableRandom random = new SplittableRandom(mix64(activityStream + user.id()));
                events.clear();
                simulate(user, tastes.get(u), random, events);
                events.sort(Comparator.comparingLong(PendingEvent::at));
                long[] interactionIds = new long[events.size()];
                for (int e = 0; e < events.size(); e++) {
                    PendingEvent event = events.get(e);
                    interactionIds[e] = nextInteractionId++;
                    sink.interaction(new Interaction(interactionIds[e], user.id(),
                            index.shoes.get(event.shoeIndex()).id(), event.kind(), event.value(), event.at()));
                }
                for (int e = 0; e < events.size(); e++) {
                    PendingEvent event = events.get(e);
                    if (event.kind() == EventKind.PURCHASE) {
                        Shoe shoe = index.shoes.get(event.shoeIndex());
                        long purchaseId = nextPurchaseId++;
                        sink.purchase(new Purchase(purchaseId, user.id(), shoe.id(), event.euSize(), event.at(),
                                event.usageKm(), event.returnedAt(), interactionIds[e],
                                pricePaidCents(shoe.priceCents(), purchaseId)));
                    }
                }
            }
        }

        private void simulate(User user, Taste taste, SplittableRandom random, List<PendingEvent> events) {
            // Log-normal activity: mean meanEventsPerUser, a long tail of heavy users.
            double sigma = 1.0;
            int budget = (int) Math.max(1, Math.min(40 * meanEventsPerUser,
                    Math.round(meanEventsPerUser * Math.exp(sigma * gaussian(random) - sigma * sigma / 2))));
            long end = referenceSecond() - 3600;
            long activeFrom = Math.max(user.createdAtEpochSecond(), historyStart());
            while (budget > 0) {
                int shoeIndex = chooseShoe(taste, random);
                Shoe shoe = index.shoes.get(shoeIndex);
                long from = Math.max(activeFrom, shoe.createdAtEpochSecond() + 3600);
                budget--;
                if (from >= end) {
                    continue;
                }
                // Lean toward recent months: the store has been growing.
                long viewedAt = from + (long) ((end - from) * (1 - Math.pow(random.nextDouble(), 1.3)));
                events.add(event(shoeIndex, EventKind.VIEW, null, viewedAt));
                double match = affinity(taste, shoeIndex);
                if (random.nextDouble() < 0.04 + 0.22 * match) {
                    events.add(event(shoeIndex, EventKind.LIKE, null, Math.min(end, viewedAt + 5 + random.nextInt(600))));
                    budget--;
                }
                if (random.nextDouble() >= 0.03 + 0.14 * match) {
                    continue;
                }
                long cartAt = Math.min(end, viewedAt + 30 + random.nextInt(1800));
                events.add(event(shoeIndex, EventKind.CART, null, cartAt));
                budget--;
                if (random.nextDouble() >= 0.25 + 0.4 * match) {
                    continue;
                }
                long boughtAt = cartAt + 60 + random.nextInt(86_400);
                if (boughtAt >= end) {
                    continue;
                }
                budget -= purchase(user, shoe, shoeIndex, match, boughtAt, end, random, events);
            }
        }

        /** Adds the purchase and its follow-ups (return, rating); returns how many events that made. */
        private int purchase(User user, Shoe shoe, int shoeIndex, double match, long boughtAt, long end,
                SplittableRandom random, List<PendingEvent> events) {
            int made = 1;
            Long returnedAt = null;
            if (random.nextDouble() < 0.10 - 0.07 * match) {
                long at = boughtAt + (2 + random.nextInt(28)) * DAY + random.nextInt(86_400);
                if (at < end) {
                    returnedAt = at;
                    events.add(event(shoeIndex, EventKind.RETURN, null, at));
                    made++;
                }
            }
            if (random.nextDouble() < 0.45) {
                long at = boughtAt + (3 + random.nextInt(58)) * DAY + random.nextInt(86_400);
                if (at < end) {
                    double score = 2.6 + 2.2 * match + gaussian(random) * 0.8 - (returnedAt != null ? 1.2 : 0);
                    events.add(event(shoeIndex, EventKind.RATING, (float) Math.max(1, Math.min(5, Math.round(score))),
                            at));
                    made++;
                }
            }
            Float usage = null;
            if (shoe.category().distanceBased() && random.nextDouble() < 0.4) {
                double km = switch (shoe.category()) {
                    case RUNNING -> 10 + random.nextDouble() * 50;
                    case TRAIL -> 10 + random.nextDouble() * 40;
                    default -> 5 + random.nextDouble() * 30;
                };
                usage = (float) (Math.round(km * 2) / 2.0);
            }
            events.add(new PendingEvent(shoeIndex, EventKind.PURCHASE, null, boughtAt, purchaseSize(user, shoe, random),
                    usage, returnedAt));
            return made;
        }

        /**
         * A quarter of the pairs are bought in a sale, at 10, 20 or 30 % off. Drawn from a hash of the purchase id
         * rather than the activity's random stream, so the rest of the generated store is what it was before prices
         * paid were recorded.
         */
        static long pricePaidCents(long priceCents, long purchaseId) {
            long draw = Math.floorMod(mix64(purchaseId ^ 0x5A1E_0FF0_0000L), 12);
            return draw < 9 ? priceCents : priceCents * (100 - 10 * (draw - 8)) / 100;
        }

        private static PendingEvent event(int shoeIndex, EventKind kind, Float value, long at) {
            return new PendingEvent(shoeIndex, kind, value, at, 0, null, null);
        }

        /** The customer's own size when the shoe comes in it, otherwise a size from the middle of its range. */
        private static double purchaseSize(User user, Shoe shoe, SplittableRandom random) {
            if (user.shoeSize() != null && shoe.offers(user.shoeSize())) {
                return user.shoeSize();
            }
            List<Double> sizes = shoe.sizes();
            int middle = sizes.size() / 2;
            int spread = Math.max(1, sizes.size() / 3);
            return sizes.get(Math.min(sizes.size() - 1, Math.max(0, middle - spread / 2 + random.nextInt(spread))));
        }

        private int chooseShoe(Taste taste, SplittableRandom random) {
            double draw = random.nextDouble();
            // Now and then anyone browses outside their gender range (gifts, kids' shoes).
            int group = random.nextDouble() < 0.08 ? CatalogIndex.ANY_GROUP : taste.genderGroup();
            WeightedSampler source;
            if (draw < 0.45) {
                source = index.byCategory[taste.favourite().ordinal()][group];
            } else if (draw < 0.60) {
                source = index.byCategory[taste.second().ordinal()][group];
            } else if (draw < 0.75) {
                source = index.byBrand[taste.brandIndex()][group];
            } else {
                source = index.byGroup[group];
            }
            if (source.isEmpty()) {
                source = index.byGroup[CatalogIndex.ANY_GROUP];
            }
            return source.sample(random);
        }

        /** How well a shoe fits the hidden taste, 0..1. */
        private double affinity(Taste taste, int shoeIndex) {
            Shoe shoe = index.shoes.get(shoeIndex);
            double categoryMatch = shoe.category() == taste.favourite() ? 1
                    : shoe.category() == taste.second() ? 0.5 : 0;
            double brandMatch = index.brandIndexOfShoe[shoeIndex] == taste.brandIndex() ? 1 : 0;
            double materialMatch = shoe.material() == taste.material() ? 1 : 0;
            double priceMatch = 1 - Math.abs(index.priceLevel[shoeIndex] - taste.priceLevel()) / 2.0;
            return 0.35 * categoryMatch + 0.25 * brandMatch + 0.2 * materialMatch + 0.2 * priceMatch;
        }
    }

    // ---- Helpers ------------------------------------------------------------------------------------------------

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian of its own on every JDK we build with.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static <T> T pickOne(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static int pickIndex(SplittableRandom random, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        throw new IllegalStateException("weights must be positive");
    }

    private static <E extends Enum<E>> E pick(SplittableRandom random, Map<E, Integer> shares) {
        // EnumMap iterates in declaration order, which keeps the draw deterministic.
        int total = shares.values().stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (Map.Entry<E, Integer> share : shares.entrySet()) {
            draw -= share.getValue();
            if (draw < 0) {
                return share.getKey();
            }
        }
        throw new IllegalStateException("shares must be positive");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Map<E, Integer> shares(Class<E> type, Object... keysAndShares) {
        EnumMap<E, Integer> map = new EnumMap<>(type);
        for (int i = 0; i < keysAndShares.length; i += 2) {
            map.put((E) keysAndShares[i], (Integer) keysAndShares[i + 1]);
        }
        return map;
    }
}
