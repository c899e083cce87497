package io.solemate.aftercare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.solemate.aftercare.resources.NotificationView;
import io.solemate.aftercare.stores.NotificationStore;
import io.solemate.catalog.Material;
import io.solemate.testsupport.Fixtures;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V3 stores care reminders narrow: it drops the text of the reminders written before wherever rendering gives it
 * back exactly, and keeps every other text. Migrates a scratch schema to V2, writes rows as the job used to, then
 * migrates on to the latest version, which also keeps every row (V4), numbered by due date within its purchase and
 * kind (V6).
 */
@QuarkusTest
class NarrowCareRemindersMigrationTest {

    private static final String SCHEMA = "v3_conversion";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Fixtures fixtures;

    @Inject
    Pool pool;

    @Test
    void careRemindersKeepTheirTextAsReadAndLoseItAsStored() {
        try {
            flyway("2").migrate();
            long shoe = fixtures.queryLong("""
                    WITH b AS (INSERT INTO v3_conversion.brands (name) VALUES ('Old Brand') RETURNING id)
                    INSERT INTO v3_conversion.shoes (sku, name, brand_id, category, gender, material, color, price,
                                                    care_instructions, lifespan_days)
                    SELECT 'OLD-1', 'Old Boot', b.id, 'boots', 'men', 'leather', 'brown', 99, 'Wax it.', 730 FROM b
                    RETURNING id""");
            long user = fixtures.queryLong("INSERT INTO v3_conversion.users (email, name) VALUES ('old@example.com', "
                    + "'Old Customer') RETURNING id");
            long purchase = fixtures.queryLong("INSERT INTO v3_conversion.purchases (user_id, shoe_id, purchased_at) "
                    + "VALUES (?, ?, '2025-01-01T10:00:00Z') RETURNING id", user, shoe);
            String snowyTip = CareTips.tip(WeatherCondition.SNOWY, Material.LEATHER);
            // As the job wrote them before V3: care reminders with and without a tip, one whose shoe has had its
            // care instructions changed since, and a replacement suggestion.
            NotificationKey plain = written(user, purchase, "care", 1, "2025-02-15", "Time to care for your Old Boot",
                    "Wax it.");
            NotificationKey tipped = written(user, purchase, "care", 2, "2025-04-01", "Time to care for your Old Boot",
                    "Wax it.\n\n" + snowyTip);
            NotificationKey outdated = written(user, purchase, "care", 3, "2025-05-16", "Time to care for your Old Boot",
                    "Polish it.");
            NotificationKey replacement = written(user, purchase, "replacement", 1, "2026-12-01",
                    "Time to replace your Old Boot?",
                    "Your Old Boot reach the end of their life around 2026-12-31. They are still available.");

            flyway(null).migrate();

            assertEquals(Arrays.asList(null, null, null), stored(plain));
            assertEquals(Arrays.asList(null, null, "snowy"), stored(tipped));
            assertEquals(Arrays.asList("Time to care for your Old Boot", "Polish it.", null), stored(outdated));
            assertEquals(Arrays.asList("Time to replace your Old Boot?",
                    "Your Old Boot reach the end of their life around 2026-12-31. They are still available.", null),
                    stored(replacement));
            assertEquals(List.of("Time to care for your Old Boot", "Wax it."), read(plain));
            assertEquals(List.of("Time to care for your Old Boot", "Wax it.\n\n" + snowyTip), read(tipped));
            assertEquals(List.of("Time to care for your Old Boot", "Polish it."), read(outdated));
        } finally {
            fixtures.update("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    /** Flyway on the scratch schema, up to {@code target} (null: the latest migration). */
    private Flyway flyway(String target) {
        var configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA)
                .locations("filesystem:migrations");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    /** A notification as the job wrote it before V3; its key after V6, which numbers each kind by due date. */
    private NotificationKey written(long user, long purchase, String kind, int ordinal, String dueOn, String title,
            String body) {
        fixtures.update("INSERT INTO v3_conversion.notifications (user_id, purchase_id, kind, due_on, title, body) "
                + "VALUES (?, ?, ?, ?::date, ?, ?)", user, purchase, kind, dueOn, title, body);
        return new NotificationKey(purchase, kind, ordinal);
    }

    private List<String> stored(NotificationKey key) {
        Row row = pool.preparedQuery("SELECT title, body, tip FROM v3_conversion.notifications "
                + "WHERE purchase_id = $1 AND kind = $2 AND ordinal = $3")
                .execute(Tuple.of(key.purchaseId(), key.kind(), (short) key.ordinal())).await().indefinitely().iterator().next();
        return Arrays.asList(row.getString("title"), row.getString("body"), row.getString("tip"));
    }

    /** Title and body as the API shows them. */
    private List<String> read(NotificationKey key) {
        NotificationView view = NotificationView.of(NotificationStore.notification(pool.withTransaction(connection ->
                connection.query("SET LOCAL search_path TO " + SCHEMA).execute()
                .flatMap(set -> connection.preparedQuery("SELECT " + NotificationStore.COLUMNS
                        + " FROM notifications n " + NotificationStore.SHOE
                        + " WHERE n.purchase_id = $1 AND n.kind = $2 AND n.ordinal = $3")
                        .execute(Tuple.of(key.purchaseId(), key.kind(), (short) key.ordinal()))))
                .await().indefinitely().iterator().next()));
        assertEquals(key.id(), view.id());
        return List.of(view.title(), view.body());
    }
}
