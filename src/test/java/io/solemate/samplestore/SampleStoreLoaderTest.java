package io.solemate.samplestore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.solemate.interactions.EventKind;
import io.solemate.samplestore.SampleStore.Interaction;
import io.solemate.samplestore.SampleStore.Purchase;
import io.solemate.samplestore.SampleStore.Shoe;
import io.solemate.samplestore.SampleStoreGenerator.Scale;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the TEST store into a scratch database on the machine's PostgreSQL (127.0.0.1:5432, user postgres). */
class SampleStoreLoaderTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "solemate_dev_test";
    private static final String URL = SERVER + DATABASE + "?user=postgres";

    private static SampleStore store;
    private static final List<Interaction> interactions = new ArrayList<>();
    private static final List<Purchase> purchases = new ArrayList<>();
    private static SampleStoreLoader.LoadReport report;
    private static int constraintsBefore;
    private static int indexesBefore;

    @BeforeAll
    static void loadIntoScratchDatabase() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER + "postgres?user=postgres&connectTimeout=3");
                Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL at 127.0.0.1:5432: " + e.getMessage());
        }
        Flyway.configure().dataSource(URL, null, null).locations("filesystem:migrations").load().migrate();
        store = new SampleStoreGenerator(11, Instant.parse("2026-11-26T00:00:00Z")).generate(Scale.TEST);
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
        try (Connection connection = DriverManager.getConnection(URL)) {
            constraintsBefore = count(connection, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n "
                    + "ON n.oid = c.connamespace WHERE n.nspname = 'public'");
            indexesBefore = count(connection, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'");
            assertTrue(SampleStoreLoader.catalogIsEmpty(connection));
            report = SampleStoreLoader.load(connection, store);
        }
    }

    @AfterAll
    static void dropScratchDatabase() throws SQLException {
        if (store == null) {
            return;
        }
        try (Connection server = DriverManager.getConnection(SERVER + "postgres?user=postgres");
                Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void everyRowArrives() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL)) {
            assertEquals(store.brands().size(), count(connection, "SELECT count(*) FROM brands"));
            assertEquals(store.shoes().size(), count(connection, "SELECT count(*) FROM shoes"));
            assertEquals(store.shoes().stream().mapToInt(s -> s.sizes().size()).sum(),
                    count(connection, "SELECT count(*) FROM shoe_sizes"));
            assertEquals(store.users().size(), count(connection, "SELECT count(*) FROM users"));
            assertEquals(interactions.size(), count(connection, "SELECT count(*) FROM interactions"));
            assertEquals(purchases.size(), count(connection, "SELECT count(*) FROM purchases"));
            assertEquals(store.weather().size(), count(connection, "SELECT count(*) FROM environmental_data"));
            assertEquals(interactions.size(), report.interactions());
            assertEquals(purchases.size(), report.purchases());
            assertFalse(SampleStoreLoader.catalogIsEmpty(connection));
        }
    }

    @Test
    void constraintsAndIndexesAreBackAndHold() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL)) {
            assertEquals(constraintsBefore, count(connection, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace"
                    + " n ON n.oid = c.connamespace WHERE n.nspname = 'public'"));
            assertEquals(indexesBefore, count(connection, "SELECT count(*) FROM pg_indexes WHERE schemaname = "
                    + "'public'"));
            assertEquals(0, count(connection, "SELECT count(*) FROM pg_constraint WHERE NOT convalidated"));
            assertEquals(0, count(connection, "SELECT count(*) FROM interactions i LEFT JOIN users u ON u.id = "
                    + "i.user_id LEFT JOIN shoes s ON s.id = i.shoe_id WHERE u.id IS NULL OR s.id IS NULL"));
            assertEquals(0, count(connection, "SELECT count(*) FROM purchases p JOIN interactions i ON i.id = "
                    + "p.interaction_id WHERE i.kind <> 'purchase' OR i.user_id <> p.user_id OR i.shoe_id <> "
                    + "p.shoe_id"));
            try (Statement statement = connection.createStatement()) {
                // The foreign key is enforced again: a purchase of an unknown shoe is refused.
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(
                        "INSERT INTO purchases (user_id, shoe_id, purchased_at, price_paid) "
                                + "VALUES (1, 999999, now(), 10)"));
                assertEquals("23503", refused.getSQLState());
            }
        }
    }

    @Test
    void identitySequencesContinueAfterTheLoadedIds() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL);
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try (ResultSet brand = statement.executeQuery("INSERT INTO brands (name) VALUES ('Sequence Check') "
                    + "RETURNING id")) {
                brand.next();
                assertEquals(store.brands().size() + 1, brand.getLong(1));
            }
            try (ResultSet event = statement.executeQuery("INSERT INTO interactions (user_id, shoe_id, kind, "
                    + "occurred_at) VALUES (1, 1, 'view', now()) RETURNING id")) {
                event.next();
                assertEquals(interactions.size() + 1, event.getLong(1));
            }
            connection.rollback();
        }
    }

    @Test
    void valuesSurviveTheRoundTrip() throws SQLException {
        Shoe shoe = store.shoes().get(17);
        Interaction rating = interactions.stream().filter(i -> i.kind() == EventKind.RATING).findFirst()
                .orElseThrow();
        try (Connection connection = DriverManager.getConnection(URL);
                Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT sku, name, price, care_instructions, "
                    + "care_interval_days, lifespan_days, material, extract(epoch FROM created_at)::bigint "
                    + "FROM shoes WHERE id = " + shoe.id())) {
                row.next();
                assertEquals(shoe.sku(), row.getString(1));
                assertEquals(shoe.name(), row.getString(2));
                assertEquals(BigDecimal.valueOf(shoe.priceCents(), 2), row.getBigDecimal(3));
                assertEquals(shoe.careInstructions(), row.getString(4));
                assertEquals(shoe.careIntervalDays(), row.getInt(5));
                assertEquals(shoe.lifespanDays(), row.getInt(6));
                assertEquals(shoe.material().dbValue(), row.getString(7));
                assertEquals(shoe.createdAtEpochSecond(), row.getLong(8));
            }
            try (ResultSet row = statement.executeQuery("SELECT user_id, shoe_id, kind, value, "
                    + "extract(epoch FROM occurred_at)::bigint FROM interactions WHERE id = " + rating.id())) {
                row.next();
                assertEquals(rating.userId(), row.getLong(1));
                assertEquals(rating.shoeId(), row.getLong(2));
                assertEquals("rating", row.getString(3));
                assertEquals(rating.value(), row.getFloat(4));
                assertEquals(rating.occurredAtEpochSecond(), row.getLong(5));
            }
            assertEquals(store.users().stream().filter(u -> u.shoeSize() == null).count(),
                    count(connection, "SELECT count(*) FROM users WHERE shoe_size IS NULL"));
        }
    }

    @Test
    void refusesToLoadIntoAFilledDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL)) {
            assertThrows(IllegalStateException.class, () -> SampleStoreLoader.load(connection, store));
            assertTrue(connection.getAutoCommit());
            assertEquals(store.shoes().size(), count(connection, "SELECT count(*) FROM shoes"));
            assertEquals(constraintsBefore, count(connection, "SELECT count(*) FROM pg_constraint c JOIN pg_namespace"
                    + " n ON n.oid = c.connamespace WHERE n.nspname = 'public'"));
        }
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
