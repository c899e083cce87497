package io.solemate.samplestore;

import io.solemate.aftercare.WeatherCondition;
import io.solemate.catalog.Category;
import io.solemate.catalog.Gender;
import io.solemate.catalog.Material;
import io.solemate.interactions.EventKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated store, row by row in the shape of the schema, ids assigned. Catalog, users and weather are small enough
 * to hold; the interaction history (five million rows at benchmark scale) is replayed on demand through
 * {@link #replayActivity(ActivitySink)}, deterministically, so it never sits in memory.
 */
public final class SampleStore {

    private final List<Brand> brands;
    private final List<Shoe> shoes;
    private final List<User> users;
    private final List<Weather> weather;
    private final Activity activity;

    SampleStore(List<Brand> brands, List<Shoe> shoes, List<User> users, List<Weather> weather, Activity activity) {
        this.brands = List.copyOf(brands);
        this.shoes = List.copyOf(shoes);
        this.users = List.copyOf(users);
        this.weather = List.copyOf(weather);
        this.activity = activity;
    }

    public List<Brand> brands() {
        return brands;
    }

    public List<Shoe> shoes() {
        return shoes;
    }

    public List<User> users() {
        return users;
    }

    public List<Weather> weather() {
        return weather;
    }

    /**
     * Streams the interaction log and the purchases it creates, user by user. Interaction ids run from 1 in replay
     * order; a purchase is delivered after the interactions it refers to. Every replay yields the same rows.
     */
    public <X extends Exception> void replayActivity(ActivitySink<X> sink) throws X {
        activity.replay(sink);
    }

    /** Receives the replayed history; may fail with {@code X} (an I/O or SQL error of the writer), ending the replay. */
    public interface ActivitySink<X extends Exception> {
        void interaction(Interaction interaction) throws X;

        void purchase(Purchase purchase) throws X;
    }

    interface Activity {
        <X extends Exception> void replay(ActivitySink<X> sink) throws X;
    }

    public record Brand(long id, String name) {
    }

    /**
     * A catalog row; prices are in cents, sizes are every EU half size from smallest to largest, {@code stock} the
     * pairs on hand in each of them (same order); {@code style} groups the colourways of one model
     * ({@link io.solemate.catalog.Style#key}).
     */
    public record Shoe(long id, String sku, String name, long brandId, String style, Category category,
            Gender gender, Material material, String color, long priceCents, String description, boolean active,
            long createdAtEpochSecond, double smallestSize, double largestSize, List<Integer> stock) {

        public Shoe {
            stock = List.copyOf(stock);
            if (stock.size() != Gender.halfSizesBetween(smallestSize, largestSize).size()) {
                throw new IllegalArgumentException("stock needs one count per size of shoe " + sku);
            }
        }

        /** Pairs on hand in some size. */
        public boolean inStock() {
            return stock.stream().anyMatch(pairs -> pairs > 0);
        }

        public String careInstructions() {
            return material.careInstructions;
        }

        public int careIntervalDays() {
            return material.careIntervalDays;
        }

        public int lifespanDays() {
            return category.lifespanDays;
        }

        public List<Double> sizes() {
            return Gender.halfSizesBetween(smallestSize, largestSize);
        }

        boolean offers(double euSize) {
            return euSize >= smallestSize && euSize <= largestSize;
        }
    }

    /** A customer. Null fields are the optional profile fields the customer left empty. */
    public record User(long id, String email, String name, Gender gender, Double shoeSize, Category preferredCategory,
            Long preferredBrandId, Material preferredMaterial, String region, long createdAtEpochSecond) {
    }

    /** One logged interaction; {@code value} is the 1..5 rating for ratings and null otherwise. */
    public record Interaction(long id, long userId, long shoeId, EventKind kind, Float value,
            long occurredAtEpochSecond) {
    }

    /**
     * A pair of shoes a customer owns, created by the purchase interaction {@code interactionId}; {@code pricePaidCents}
     * is the catalogue price, or less when it was bought in a sale.
     */
    public record Purchase(long id, long userId, long shoeId, double euSize, long purchasedAtEpochSecond,
            Float usageKmPerWeek, Long returnedAtEpochSecond, long interactionId, long pricePaidCents) {
    }

    /** One day of weather in one region. */
    public record Weather(long id, String region, LocalDate observedOn, WeatherCondition condition,
            float temperatureC, float precipitationMm) {
    }
}
