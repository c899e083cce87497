package io.solemate.samplestore;

import io.solemate.catalog.Category;
import io.solemate.catalog.Gender;
import io.solemate.catalog.Material;
import io.solemate.catalog.Style;
import io.solemate.samplestore.SampleStore.Brand;
import io.solemate.samplestore.SampleStore.Shoe;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the "Adidas vs Nike" product scrape (columns {@code Product Name, Product ID, Listing Price, Sale Price,
 * Discount, Brand, Description, Rating, Reviews, Last Visited}) onto the shoe schema. What the file does not say is
 * derived by keyword rules, and where the rules find nothing a documented default is used and counted:
 *
 * <ul>
 * <li><b>sku</b>: the product id. A repeated product id (the scrape visited some pages twice) is skipped.</li>
 * <li><b>name</b>: the product name; names written in capitals only are title-cased.</li>
 * <li><b>brand</b>: the brand column, i.e. "Nike" or Adidas with its line ("Adidas Originals", "Adidas Core / Neo",
 * "Adidas Sport Performance"); the stray "Adidas Adidas ORIGINALS" is folded into "Adidas Originals".</li>
 * <li><b>price</b>: the sale price, what the shop charged when scraped, kept in the file's currency (Indian rupees).
 * The listing price is 0 (unknown) for 426 Nike rows, so it only stands in when the sale price is missing.</li>
 * <li><b>category</b>: rules on the name, then on the description (sandals, football, lifestyle lines, basketball,
 * tennis, trail, hiking, training, walking, running, boots, dress, casual markers). Default: casual.</li>
 * <li><b>gender</b>: "women", "men", kids' words or "unisex" in the name, then in the description. Default: unisex.</li>
 * <li><b>material</b>: the first upper material the description (then the name) mentions: knit (Primeknit, Flyknit),
 * suede, nubuck, leather (leather-like or synthetic leather counts as synthetic), mesh (also textile), canvas,
 * synthetic (also TPU, plastic, nylon); rubber only for sandals, since elsewhere it is the outsole. Default: the
 * category's most common material.</li>
 * <li><b>color</b>: the first colour word in the name, then the description. Default: "unspecified" (the scrape has no
 * colour column and most texts name none).</li>
 * <li><b>style</b>: brand and name normalised ({@link Style#key}): the scrape lists each colourway of a model as its
 * own product with the same name, e.g. three "Superstar Bold Shoes".</li>
 * <li><b>sizes</b>: none in the file; the standard EU half-size range of the gender ({@link Gender}).</li>
 * <li><b>stock</b>: none in the file, which lists products on sale: {@link #PAIRS_PER_SIZE} pairs in every size.</li>
 * <li><b>created_at</b>: the "Last Visited" scrape time (UTC); active: all.</li>
 * <li>Care instructions, care interval and lifespan follow from material and category as for generated shoes.</li>
 * <li>The review count becomes the popularity hint that ranks shoes when a history is generated over the catalog.</li>
 * </ul>
 */
public final class CatalogCsvImporter {

    /** Default for a shoe whose texts name no colour. */
    public static final String UNSPECIFIED_COLOR = "unspecified";
    /** Pairs on hand in each size: the file lists what was on sale, not how much. */
    public static final int PAIRS_PER_SIZE = 5;

    /**
     * What an import did: rows read and mapped, skipped rows by reason, and per derived field how many rows fell back
     * to the default because no rule matched.
     */
    public record Report(int rowsRead, int rowsMapped, Map<String, Integer> skipped, Map<String, Integer> fallbacks) {
        public Report {
            skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
            fallbacks = Collections.unmodifiableMap(new TreeMap<>(fallbacks));
        }
    }

    public record Result(SampleStoreGenerator.Catalog catalog, Report report) {
    }

    private static final List<String> COLUMNS = List.of("Product Name", "Product ID", "Listing Price", "Sale Price",
            "Brand", "Description", "Reviews", "Last Visited");

    private CatalogCsvImporter() {
    }

    public static Result importFile(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return importFrom(reader);
        }
    }

    public static Result importFrom(Reader reader) throws IOException {
        CsvReader csv = new CsvReader(reader);
        List<String> header = csv.next();
        if (header == null) {
            throw new IOException("The catalog file is empty");
        }
        Map<String, Integer> column = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).strip().replace("\uFEFF", ""), i);
        }
        for (String name : COLUMNS) {
            if (!column.containsKey(name)) {
                throw new IOException("The catalog file has no column '" + name + "'; it has " + column.keySet());
            }
        }

        List<ParsedRow> parsed = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        Map<String, Integer> fallbacks = new LinkedHashMap<>();
        Set<String> skus = new HashSet<>();
        int rowsRead = 0;
        long earliestVisit = Long.MAX_VALUE;
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            rowsRead++;
            if (row.size() != header.size()) {
                skipped.merge("wrong number of fields", 1, Integer::sum);
                continue;
            }
            String name = field(row, column, "Product Name");
            String sku = field(row, column, "Product ID");
            String brand = brandName(field(row, column, "Brand"));
            Long priceCents = cents(field(row, column, "Sale Price"));
            if (priceCents == null || priceCents <= 0) {
                priceCents = cents(field(row, column, "Listing Price"));
            }
            String skip = name.isEmpty() ? "no product name"
                    : sku.isEmpty() ? "no product id"
                    : sku.length() > 64 || name.length() > 200 ? "name or product id too long"
                    : brand.isEmpty() ? "no brand"
                    : priceCents == null || priceCents <= 0 ? "no price"
                    : !skus.add(sku) ? "duplicate product id" : null;
            if (skip != null) {
                skipped.merge(skip, 1, Integer::sum);
                continue;
            }
            Long visited = epochSecond(field(row, column, "Last Visited"));
            if (visited != null) {
                earliestVisit = Math.min(earliestVisit, visited);
            }
            parsed.add(new ParsedRow(displayName(name), sku, brand, priceCents,
                    field(row, column, "Description"), reviews(field(row, column, "Reviews")), visited));
        }

        Map<String, Long> brandIds = new LinkedHashMap<>();
        List<Shoe> shoes = new ArrayList<>(parsed.size());
        double[] popularity = new double[parsed.size()];
        for (ParsedRow row : parsed) {
            long brandId = brandIds.computeIfAbsent(row.brand(), b -> brandIds.size() + 1L);
            String name = row.name().toLowerCase(Locale.ROOT);
            String description = row.description().toLowerCase(Locale.ROOT);

            Category category = firstMatch(CATEGORY_RULES, name, description);
            if (category == null) {
                category = Category.CASUAL;
                fallbacks.merge("category", 1, Integer::sum);
            }
            Gender gender = firstMatch(GENDER_RULES, name, description);
            if (gender == null) {
                gender = Gender.UNISEX;
                fallbacks.merge("gender", 1, Integer::sum);
            }
            Material material = material(description, category);
            if (material == null) {
                material = material(name, category);
            }
            if (material == null) {
                material = SampleStoreGenerator.typicalMaterial(category);
                fallbacks.merge("material", 1, Integer::sum);
            }
            String color = color(name);
            if (color == null) {
                color = color(description);
            }
            if (color == null) {
                color = UNSPECIFIED_COLOR;
                fallbacks.merge("color", 1, Integer::sum);
            }
            long createdAt;
            if (row.visitedAt() != null) {
                createdAt = row.visitedAt();
            } else {
                createdAt = earliestVisit;
                fallbacks.merge("created_at", 1, Integer::sum);
            }
            if (row.reviews() == null) {
                fallbacks.merge("reviews", 1, Integer::sum);
            }
            popularity[shoes.size()] = row.reviews() == null ? 0 : row.reviews();
            List<Integer> stock = Collections.nCopies(gender.halfSizes().size(), PAIRS_PER_SIZE);
            shoes.add(new Shoe(shoes.size() + 1L, row.sku(), row.name(), brandId, Style.key(row.brand(), row.name()),
                    category, gender, material, color, row.priceCents(), row.description(), true, createdAt,
                    gender.smallestSize, gender.largestSize, stock));
        }
        List<Brand> brands = new ArrayList<>();
        brandIds.forEach((brandName, id) -> brands.add(new Brand(id, brandName)));
        Report report = new Report(rowsRead, shoes.size(), skipped, fallbacks);
        return new Result(new SampleStoreGenerator.Catalog(brands, shoes, popularity), report);
    }

    private record ParsedRow(String name, String sku, String brand, long priceCents, String description,
            Integer reviews, Long visitedAt) {
    }

    private static String field(List<String> row, Map<String, Integer> column, String name) {
        return row.get(column.get(name)).strip();
    }

    private static Long cents(String amount) {
        try {
            return new BigDecimal(amount.replace(",", "")).movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static Integer reviews(String count) {
        try {
            return Integer.valueOf(count);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long epochSecond(String isoLocal) {
        try {
            return LocalDateTime.parse(isoLocal).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** "Adidas CORE / NEO" becomes "Adidas Core / Neo"; a repeated first word is dropped. */
    static String brandName(String raw) {
        List<String> words = new ArrayList<>(List.of(raw.strip().split("\\s+")));
        if (words.size() > 1 && words.get(0).equalsIgnoreCase(words.get(1))) {
            words.remove(0);
        }
        return titleCase(String.join(" ", words));
    }

    /** Names in capitals only are title-cased; mixed-case names are the brand's own spelling and stay. */
    static String displayName(String name) {
        return name.chars().anyMatch(Character::isLowerCase) ? name : titleCase(name);
    }

    private static String titleCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean wordStart = true;
        for (char c : text.toCharArray()) {
            out.append(wordStart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            // An apostrophe does not start a word: "MEN'S" becomes "Men's".
            wordStart = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return out.toString();
    }

    // ---- Keyword rules ------------------------------------------------------------------------------------------

    private record Rule<T>(T value, Pattern pattern) {
    }

    private static <T> Rule<T> rule(T value, String regex) {
        return new Rule<>(value, Pattern.compile(regex));
    }

    /** The value of the first rule matching the name, else of the first rule matching the description. */
    private static <T> T firstMatch(List<Rule<T>> rules, String name, String description) {
        for (String text : List.of(name, description)) {
            for (Rule<T> rule : rules) {
                if (rule.pattern().matcher(text).find()) {
                    return rule.value();
                }
            }
        }
        return null;
    }

    /**
     * Order matters: sandals and football boots before boots, Adidas's lifestyle lines (Originals, Sport Inspired)
     * and "running-inspired" looks before running, trail before running.
     */
    private static final List<Rule<Category>> CATEGORY_RULES = List.of(
            rule(Category.SANDALS, "\\b(slippers?|slides?|sandals?|flip[- ]?flops?|adilette|clogs?)\\b"),
            rule(Category.FOOTBALL, "\\b(football|soccer|predator|nemeziz|copa|mercurial|phantom|tiempo|superfly"
                    + "|firm ground|turf)\\b|\\b(fg|ag|tf|ic|mg|sg)$"),
            rule(Category.CASUAL, "\\b(originals|sport inspired|sportswear|lifestyle)\\b|running-inspired"
                    + "|runner[- ]inspired|inspired by (modern )?(tech )?runn"),
            rule(Category.BASKETBALL, "\\b(basketball|jordan|lebron|kyrie|b-ball|hoops?)\\b"),
            rule(Category.TENNIS, "\\b(tennis|nikecourt|badminton|squash)\\b"),
            rule(Category.TRAIL, "\\btrail\\b"),
            rule(Category.HIKING, "\\b(hiking|hike|hikes|terrex|outdoor|trekking|trek)\\b"),
            rule(Category.TRAINING, "\\b(training|trainers?|gym|metcon|workouts?|weightlifting|lifting|crossfit)\\b"),
            rule(Category.WALKING, "\\b(walking|walk)\\b"),
            rule(Category.RUNNING, "\\b(running|runners?|run|runs|marathon|jogging|pegasus|ultraboost|vaporfly"
                    + "|zoom fly)\\b"),
            rule(Category.BOOTS, "\\bboots?\\b"),
            rule(Category.DRESS, "\\b(oxfords?|loafers?|derby|brogues?|formal)\\b"),
            rule(Category.CASUAL, "\\b(sneakers?|skate|skateboarding|sb|air force|air max|stan smith|superstar"
                    + "|classic|retro|cortez|blazer|streetwear|everyday)\\b"));

    private static final List<Rule<Gender>> GENDER_RULES = List.of(
            rule(Gender.KIDS, "\\b(kids?|boys?|girls?|infants?|juniors?|toddlers?|baby|youth|children)\\b"
                    + "|\\((gs|ps|td)\\)"),
            rule(Gender.WOMEN, "\\b(women|woman)('s|s')?"),
            rule(Gender.MEN, "\\bmen('s|s')?\\b"),
            rule(Gender.UNISEX, "\\bunisex\\b"));

    /** Phrases naming a leather look-alike, read as synthetic before "leather" is searched for. */
    private static final Pattern IMITATION_LEATHER = Pattern.compile(
            "leather[- ]like|(synthetic|faux|imitation|artificial|vegan) leather");

    private static final List<Rule<Material>> MATERIAL_RULES = List.of(
            rule(Material.KNIT, "\\b(primeknit|flyknit|knit|knitted)\\b"),
            rule(Material.SUEDE, "\\bsuede\\b"),
            rule(Material.NUBUCK, "\\bnubuck\\b"),
            rule(Material.LEATHER, "\\bleather\\b"),
            rule(Material.MESH, "\\b(mesh|textile)\\b"),
            rule(Material.CANVAS, "\\bcanvas\\b"),
            rule(Material.SYNTHETIC, "\\b(synthetic|tpu|plastic|nylon)\\b"),
            rule(Material.RUBBER, "\\brubber\\b"));

    /** The material mentioned first, which in these texts is the upper's. */
    private static Material material(String text, Category category) {
        String masked = IMITATION_LEATHER.matcher(text).replaceAll("synthetic");
        Material first = null;
        int firstAt = Integer.MAX_VALUE;
        for (Rule<Material> rule : MATERIAL_RULES) {
            if (rule.value() == Material.RUBBER && category != Category.SANDALS) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(masked);
            if (matcher.find() && matcher.start() < firstAt) {
                first = rule.value();
                firstAt = matcher.start();
            }
        }
        return first;
    }

    private static final Pattern COLOR = Pattern.compile("\\b(black|white|red|blue|navy|grey|gray|green|pink"
            + "|orange|yellow|purple|brown|beige|gold|silver|olive|burgundy|maroon|cream|teal|khaki)\\b");

    private static String color(String text) {
        Matcher matcher = COLOR.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return matcher.group(1).equals("gray") ? "grey" : matcher.group(1);
    }
}
