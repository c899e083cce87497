package io.solemate.testsupport;

import io.agroal.api.AgroalDataSource;
import io.solemate.catalog.Style;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Inserts rows a test can name exactly, next to the generated store, through plain JDBC. */
@ApplicationScoped
public class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final AgroalDataSource dataSource;

    public Fixtures(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Pairs on hand per size of a fixture shoe in stock. */
    public static final int PAIRS_PER_SIZE = 5;

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long brand(String name) {
        return queryLong("INSERT INTO brands (name) VALUES (?) RETURNING id", name);
    }

    /**
     * A shoe with sensible defaults, a style of its own (its name and brand) and, when in stock,
     * {@link #PAIRS_PER_SIZE} pairs in each size; {@code name} should be unique per test.
     */
    public long shoe(String name, long brandId, String category, String gender, String material, double price,
            boolean inStock, double... sizes) {
        long id = queryLong("""
                INSERT INTO shoes (sku, name, brand_id, style, category, gender, material, color, price, description,
                                   care_instructions, care_interval_days, lifespan_days, in_stock)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'black', ?, ?, ?, 30, 365, ?) RETURNING id""",
                unique("SKU"), name, brandId, Style.key("brand " + brandId, name), category, gender, material, price,
                "A " + material + " " + category + " shoe", "Care for " + material, inStock);
        for (double size : sizes) {
            update("INSERT INTO shoe_sizes (shoe_id, eu_size, stock) VALUES (?, ?, ?)", id, size,
                    inStock ? PAIRS_PER_SIZE : 0);
        }
        return id;
    }

    /** A colourway of an existing shoe: its style, brand, category, gender, material, price and sizes. */
    public long colourway(long shoeId, String color, boolean inStock) {
        long id = queryLong("""
                INSERT INTO shoes (sku, name, brand_id, style, category, gender, material, color, price, description,
                                   care_instructions, care_interval_days, lifespan_days, in_stock)
                SELECT ?, name, brand_id, style, category, gender, material, ?, price, description, care_instructions,
                       care_interval_days, lifespan_days, ?
                FROM shoes WHERE id = ? RETURNING id""", unique("SKU"), color, inStock, shoeId);
        update("INSERT INTO shoe_sizes (shoe_id, eu_size, stock) SELECT ?, eu_size, ? FROM shoe_sizes WHERE shoe_id = ?",
                id, inStock ? PAIRS_PER_SIZE : 0, shoeId);
        return id;
    }

    public String styleOf(long shoeId) {
        return queryString("SELECT style FROM shoes WHERE id = ?", shoeId);
    }

    /** Sets the pairs on hand of one size of a shoe. */
    public void stock(long shoeId, double size, int pairs) {
        update("UPDATE shoe_sizes SET stock = ? WHERE shoe_id = ? AND eu_size = ?", pairs, shoeId, size);
    }

    /** A customer in a region with no weather data, so after-care adds no seasonal tip unless a test adds some. */
    public long user(String name, String gender, Double shoeSize) {
        return queryLong("INSERT INTO users (email, name, gender, shoe_size, region) VALUES (?, ?, ?, ?, 'test-town') "
                + "RETURNING id", unique("user") + "@example.com", name, gender, shoeSize);
    }

    /** A purchase at the shoe's current price. */
    public long purchase(long userId, long shoeId, Double size, Instant at) {
        return queryLong("INSERT INTO purchases (user_id, shoe_id, eu_size, purchased_at, price_paid) "
                + "SELECT ?, s.id, ?, ?, s.price FROM shoes s WHERE s.id = ? RETURNING id", userId, size,
                Timestamp.from(at), shoeId);
    }

    public long interaction(long userId, long shoeId, String kind, Float value, Instant at) {
        return queryLong("INSERT INTO interactions (user_id, shoe_id, kind, value, occurred_at) VALUES (?, ?, ?, ?, ?) "
                + "RETURNING id", userId, shoeId, kind, value, Timestamp.from(at));
    }

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement whose first column of the first row is a number (an id, a count). */
    public long queryLong(String sql, Object... parameters) {
        return firstValue(sql, rows -> rows.getLong(1), parameters);
    }

    /** Runs a statement whose first column of the first row is text. */
    public String queryString(String sql, Object... parameters) {
        return firstValue(sql, rows -> rows.getString(1), parameters);
    }

    private interface Column<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private <T> T firstValue(String sql, Column<T> column, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return column.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
