package io.solemate.testsupport;

import io.agroal.api.AgroalDataSource;
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

    public static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public long brand(String name) {
        return queryLong("INSERT INTO brands (name) VALUES (?) RETURNING id", name);
    }

    /** A shoe with sensible defaults; {@code name} should be unique per test. */
    public long shoe(String name, long brandId, String category, String gender, String material, double price,
            boolean inStock, double... sizes) {
        long id = queryLong("""
                INSERT INTO shoes (sku, name, brand_id, category, gender, material, color, price, description,
                                   care_instructions, care_interval_days, lifespan_days, in_stock)
                VALUES (?, ?, ?, ?, ?, ?, 'black', ?, ?, ?, 30, 365, ?) RETURNING id""",
                unique("SKU"), name, brandId, category, gender, material, price, "A " + material + " " + category
                        + " shoe", "Care for " + material, inStock);
        for (double size : sizes) {
            update("INSERT INTO shoe_sizes (shoe_id, eu_size) VALUES (?, ?)", id, size);
        }
        return id;
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
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
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
