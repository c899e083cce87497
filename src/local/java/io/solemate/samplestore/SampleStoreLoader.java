package io.solemate.samplestore;

import io.solemate.interactions.EventKind;
import io.solemate.samplestore.SampleStore.Interaction;
import io.solemate.samplestore.SampleStore.Purchase;
import io.solemate.samplestore.SampleStore.Shoe;
import io.solemate.samplestore.SampleStore.User;
import io.solemate.samplestore.SampleStore.Weather;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a {@link SampleStore} into an empty Solemate schema with {@code COPY}, in one transaction: either the whole store
 * is there afterwards or nothing is. Ids are the store's own; the identity sequences are moved past them so the
 * service's later inserts don't collide.
 */
public final class SampleStoreLoader {

    /** Tables the store fills, which must be empty before a load. */
    private static final List<String> STORE_TABLES = List.of("brands", "shoes", "shoe_sizes", "users",
            "interactions", "purchases");
    private static final List<String> IDENTITY_TABLES = List.of("brands", "shoes", "users", "interactions",
            "purchases", "environmental_data");

    /**
     * Rows written per table (weatherDays is 0 when weather was already present), the time the load took, and where
     * it went: seconds per phase, in order.
     */
    public record LoadReport(int brands, int shoes, long shoeSizes, int users, long interactions, long purchases,
            int weatherDays, Duration took, Map<String, Double> phaseSeconds) {

        public LoadReport {
            phaseSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(phaseSeconds));
        }
    }

    /** Seconds spent per phase of a load. */
    private static final class Stopwatch {
        private final Map<String, Double> phases = new LinkedHashMap<>();
        private long last = System.nanoTime();

        void lap(String phase) {
            long now = System.nanoTime();
            phases.merge(phase, (now - last) / 1e9, Double::sum);
            last = now;
        }
    }

    private SampleStoreLoader() {
    }

    /** Whether the catalog is empty, the signal that a database has never been filled. */
    public static boolean catalogIsEmpty(Connection connection) throws SQLException {
        return !hasRows(connection, "shoes");
    }

    /**
     * Loads the store and commits. Weather rows are skipped when environmental_data already has rows (another feed
     * may own it). The connection's auto-commit setting is restored afterwards.
     *
     * @throws IllegalStateException when a store table already has rows: explicit ids would collide
     */
    public static LoadReport load(Connection connection, SampleStore store) throws SQLException {
        long started = System.nanoTime();
        Stopwatch stopwatch = new Stopwatch();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String table : STORE_TABLES) {
                if (hasRows(connection, table)) {
                    throw new IllegalStateException("Table " + table + " already has rows; the sample store loads only"
                            + " into an empty database");
                }
            }
            List<Restore> restore = dropConstraintsAndIndexes(connection);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copyBrands(copy, store);
            long shoeSizes = copyShoes(copy, store);
            copyUsers(copy, store);
            stopwatch.lap("catalog and users");
            long[] activity = copyActivity(copy, store, stopwatch);
            boolean loadWeather = !hasRows(connection, "environmental_data");
            if (loadWeather) {
                copyWeather(copy, store);
            }
            stopwatch.lap("purchases and weather");
            try (Statement statement = connection.createStatement()) {
                // Let the index builds sort and the foreign-key checks hash in memory instead of spilling to temporary
                // files: about 100 bytes an interaction, between 64 MB and 512 MB (5M rows). Only for this
                // transaction.
                long megabytes = Math.clamp(activity[0] * 100 / (1 << 20), 64, 512);
                statement.execute("SET LOCAL maintenance_work_mem = '" + megabytes + "MB'");
                statement.execute("SET LOCAL work_mem = '" + megabytes + "MB'");
                for (Restore step : restore) {
                    if (step.referencedTable() != null) {
                        // A foreign key from a smaller table to a larger one (purchases to interactions) is checked
                        // fastest by probing the referenced key's index; the planner would hash the whole larger
                        // table instead (13 s against 4 s at benchmark scale).
                        boolean probe = rowEstimate(connection, step.table())
                                < rowEstimate(connection, step.referencedTable());
                        statement.execute("SET LOCAL enable_hashjoin = " + (probe ? "off" : "on"));
                    }
                    statement.execute(step.sql());
                    stopwatch.lap(step.phase());
                }
                statement.execute("SET LOCAL enable_hashjoin = on");
                for (String table : IDENTITY_TABLES) {
                    // Next id after the largest one loaded (or 1 for an empty table).
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "coalesce(max(id), 0) + 1, false) FROM " + table);
                }
            }
            connection.commit();
            stopwatch.lap("sequences and commit");
            return new LoadReport(store.brands().size(), store.shoes().size(), shoeSizes, store.users().size(),
                    activity[0], activity[1], loadWeather ? store.weather().size() : 0,
                    Duration.ofNanos(System.nanoTime() - started), stopwatch.phases);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Drops the constraints and indexes of the store tables and returns the statements that restore them, in order:
     * primary and unique keys, other indexes, fresh statistics, foreign keys. Checking foreign keys and updating
     * indexes row by row made a benchmark-scale load take minutes; building each index once and validating each
     * foreign key with one join after the COPY takes seconds. Keys that tables outside the store refer to stay (their
     * foreign keys would have to go too); they belong to the small tables. DDL is transactional: a failed load
     * restores everything.
     */
    private static List<Restore> dropConstraintsAndIndexes(Connection connection) throws SQLException {
        String storeTables = "ARRAY['" + String.join("', '", STORE_TABLES) + "']::regclass[]";
        List<String> drops = new ArrayList<>();
        List<Restore> restoreKeys = new ArrayList<>();
        List<Restore> restoreIndexes = new ArrayList<>();
        List<Restore> restoreForeignKeys = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet keys = statement.executeQuery("SELECT c.contype, c.conrelid::regclass::text, "
                    + "quote_ident(c.conname), pg_get_constraintdef(c.oid), c.confrelid::regclass::text "
                    + "FROM pg_constraint c "
                    + "WHERE c.conrelid = ANY (" + storeTables + ") AND (c.contype = 'f' OR c.contype IN ('p', 'u') "
                    + "AND NOT EXISTS (SELECT 1 FROM pg_constraint r WHERE r.contype = 'f' AND r.conindid = c.conindid"
                    + " AND r.conrelid <> ALL (" + storeTables + "))) "
                    // Foreign keys first: they depend on the keys they reference.
                    + "ORDER BY c.contype <> 'f', c.conrelid::regclass::text, c.conname")) {
                while (keys.next()) {
                    String table = keys.getString(2);
                    String name = keys.getString(3);
                    drops.add("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                    String restore = "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + keys.getString(4);
                    if (keys.getString(1).equals("f")) {
                        restoreForeignKeys.add(new Restore("foreign keys", restore, table, keys.getString(5)));
                    } else {
                        restoreKeys.add(new Restore("keys and indexes", restore, table, null));
                    }
                }
            }
            try (ResultSet indexes = statement.executeQuery("SELECT i.indexrelid::regclass::text, "
                    + "pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = ANY (" + storeTables + ") "
                    + "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid "
                    + "AND c.contype IN ('p', 'u')) AND NOT EXISTS (SELECT 1 FROM pg_constraint r "
                    + "WHERE r.contype = 'f' AND r.conindid = i.indexrelid) ORDER BY 1")) {
                while (indexes.next()) {
                    drops.add("DROP INDEX " + indexes.getString(1));
                    restoreIndexes.add(new Restore("keys and indexes", indexes.getString(2), null, null));
                }
            }
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
        List<Restore> restore = new ArrayList<>(restoreKeys);
        restore.addAll(restoreIndexes);
        // Statistics before the foreign keys, so their validating joins get good plans.
        restore.add(new Restore("statistics", "ANALYZE " + String.join(", ", STORE_TABLES), null, null));
        restore.addAll(restoreForeignKeys);
        return restore;
    }

    /** A statement rebuilding a dropped key or index, the load phase it counts to, and for a foreign key its tables. */
    private record Restore(String phase, String sql, String table, String referencedTable) {
    }

    private static double rowEstimate(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT reltuples FROM pg_class WHERE oid = ?::regclass")) {
            statement.setString(1, table);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getDouble(1);
            }
        }
    }

    private static boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private static void copyBrands(CopyManager copy, SampleStore store) throws SQLException {
        CopyWriter out = new CopyWriter(copy, "brands", "id, name");
        for (SampleStore.Brand brand : store.brands()) {
            out.number(brand.id()).text(brand.name()).endRow();
        }
        out.finish();
    }

    /** Shoes, then their sizes; returns the number of size rows. */
    private static long copyShoes(CopyManager copy, SampleStore store) throws SQLException {
        CopyWriter out = new CopyWriter(copy, "shoes", "id, sku, name, brand_id, style, category, gender, material, "
                + "color, price, description, care_instructions, care_interval_days, lifespan_days, in_stock, active, "
                + "created_at");
        for (Shoe shoe : store.shoes()) {
            out.number(shoe.id()).text(shoe.sku()).text(shoe.name()).number(shoe.brandId()).text(shoe.style())
                    .text(shoe.category().dbValue()).text(shoe.gender().dbValue()).text(shoe.material().dbValue())
                    .text(shoe.color()).hundredths(shoe.priceCents()).text(shoe.description())
                    .text(shoe.careInstructions()).number(shoe.careIntervalDays()).number(shoe.lifespanDays())
                    .bool(shoe.inStock()).bool(shoe.active()).timestamp(shoe.createdAtEpochSecond()).endRow();
        }
        out.finish();
        CopyWriter sizes = new CopyWriter(copy, "shoe_sizes", "shoe_id, eu_size, stock");
        for (Shoe shoe : store.shoes()) {
            List<Double> offered = shoe.sizes();
            for (int i = 0; i < offered.size(); i++) {
                sizes.number(shoe.id()).decimal(offered.get(i)).number(shoe.stock().get(i)).endRow();
            }
        }
        return sizes.finish();
    }

    private static void copyUsers(CopyManager copy, SampleStore store) throws SQLException {
        CopyWriter out = new CopyWriter(copy, "users", "id, email, name, gender, shoe_size, preferred_category, "
                + "preferred_brand_id, preferred_material, region, created_at");
        for (User user : store.users()) {
            out.number(user.id()).text(user.email()).text(user.name())
                    .text(user.gender() == null ? null : user.gender().dbValue());
            if (user.shoeSize() == null) {
                out.nullValue();
            } else {
                out.decimal(user.shoeSize());
            }
            out.text(user.preferredCategory() == null ? null : user.preferredCategory().dbValue());
            if (user.preferredBrandId() == null) {
                out.nullValue();
            } else {
                out.number(user.preferredBrandId());
            }
            out.text(user.preferredMaterial() == null ? null : user.preferredMaterial().dbValue())
                    .text(user.region()).timestamp(user.createdAtEpochSecond()).endRow();
        }
        out.finish();
    }

    /**
     * Streams interactions straight into COPY while collecting the (few) purchases, which follow in a second COPY:
     * one connection runs one COPY at a time. Returns {interactions, purchases}.
     */
    private static long[] copyActivity(CopyManager copy, SampleStore store, Stopwatch stopwatch) throws SQLException {
        BinaryCopyWriter interactions = new BinaryCopyWriter(copy, "interactions",
                "id, user_id, shoe_id, kind, value, occurred_at, recorded_at", 7);
        Map<EventKind, byte[]> kindNames = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            kindNames.put(kind, kind.dbValue().getBytes(StandardCharsets.UTF_8));
        }
        List<Purchase> purchases = new ArrayList<>();
        try {
            store.replayActivity(new SampleStore.ActivitySink<SQLException>() {
                @Override
                public void interaction(Interaction interaction) throws SQLException {
                    // Generated history was recorded as it happened.
                    interactions.row().int8(interaction.id()).int8(interaction.userId()).int8(interaction.shoeId())
                            .text(kindNames.get(interaction.kind())).float4(interaction.value())
                            .timestamptz(interaction.occurredAtEpochSecond())
                            .timestamptz(interaction.occurredAtEpochSecond());
                }

                @Override
                public void purchase(Purchase purchase) {
                    purchases.add(purchase);
                }
            });
        } catch (SQLException | RuntimeException e) {
            interactions.cancel();
            throw e;
        }
        long interactionCount = interactions.finish();
        stopwatch.lap("interactions");
        CopyWriter out = new CopyWriter(copy, "purchases",
                "id, user_id, shoe_id, eu_size, purchased_at, usage_km_per_week, returned_at, interaction_id, "
                        + "price_paid");
        for (Purchase purchase : purchases) {
            out.number(purchase.id()).number(purchase.userId()).number(purchase.shoeId()).decimal(purchase.euSize())
                    .timestamp(purchase.purchasedAtEpochSecond()).real(purchase.usageKmPerWeek());
            if (purchase.returnedAtEpochSecond() == null) {
                out.nullValue();
            } else {
                out.timestamp(purchase.returnedAtEpochSecond());
            }
            out.number(purchase.interactionId()).hundredths(purchase.pricePaidCents()).endRow();
        }
        return new long[] {interactionCount, out.finish()};
    }

    private static void copyWeather(CopyManager copy, SampleStore store) throws SQLException {
        CopyWriter out = new CopyWriter(copy, "environmental_data",
                "id, region, observed_on, condition, temperature_c, precipitation_mm");
        for (Weather day : store.weather()) {
            out.number(day.id()).text(day.region()).date(day.observedOn()).text(day.condition().dbValue())
                    .real(day.temperatureC()).real(day.precipitationMm()).endRow();
        }
        out.finish();
    }
}
