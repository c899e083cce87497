package io.solemate.desk;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.NotificationKey;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The few reads the store desk needs that no service offers. */
@ApplicationScoped
public class DeskQueries {

    private static final String RECENT_HISTORY = """
            SELECT i.kind, i.value, i.occurred_at, s.id AS shoe_id, s.name, b.name AS brand
            FROM interactions i JOIN shoes s ON s.id = i.shoe_id JOIN brands b ON b.id = s.brand_id
            WHERE i.user_id = $1
            ORDER BY i.occurred_at DESC, i.id DESC
            LIMIT $2""";

    private static final String COUNT_BY_KIND = """
            SELECT kind, count(*) AS events FROM interactions WHERE user_id = $1 GROUP BY kind""";

    /**
     * A random shopper with history: the author of a random interaction (so active shoppers come up more often,
     * which is what a demo wants), else a random customer. Seeks by id through the primary keys instead of sorting
     * every row by random().
     */
    private static final String RANDOM_CUSTOMER = """
            SELECT COALESCE(
                (SELECT user_id FROM interactions
                 WHERE id >= (SELECT min(id) + floor(random() * (max(id) - min(id) + 1))::bigint FROM interactions)
                 ORDER BY id LIMIT 1),
                (SELECT id FROM users
                 WHERE id >= (SELECT min(id) + floor(random() * (max(id) - min(id) + 1))::bigint FROM users)
                 ORDER BY id LIMIT 1))""";

    private static final String NOTIFICATION_OWNER = """
            SELECT p.user_id FROM notifications n JOIN purchases p ON p.id = n.purchase_id
            WHERE n.purchase_id = $1 AND n.kind = $2 AND n.ordinal = $3""";

    private static final String SHOE_LINKS = """
            SELECT s.id, s.name, b.name AS brand, s.price, s.in_stock
            FROM shoes s JOIN brands b ON b.id = s.brand_id
            WHERE s.id = ANY($1)""";

    private final Pool pool;

    public DeskQueries(Pool pool) {
        this.pool = pool;
    }

    /** The customer's latest interactions, newest first. */
    public Uni<List<HistoryEntry>> recentHistory(long userId, int limit) {
        return pool.preparedQuery(RECENT_HISTORY).execute(Tuple.of(userId, limit)).map(rows -> {
            List<HistoryEntry> entries = new ArrayList<>(rows.size());
            for (Row row : rows) {
                entries.add(new HistoryEntry(row.getLong("shoe_id"), row.getString("name"), row.getString("brand"),
                        row.getString("kind"), row.getFloat("value"),
                        row.getOffsetDateTime("occurred_at").toInstant()));
            }
            return entries;
        });
    }

    /** How many interactions of each kind the customer has, in all. */
    public Uni<Map<String, Long>> countByKind(long userId) {
        return pool.preparedQuery(COUNT_BY_KIND).execute(Tuple.of(userId)).map(rows -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            rows.forEach(row -> counts.put(row.getString("kind"), row.getLong("events")));
            return counts;
        });
    }

    public Uni<Optional<Long>> randomCustomerId() {
        return pool.query(RANDOM_CUSTOMER).execute()
                .map(rows -> Optional.ofNullable(rows.iterator().next().getLong(0)));
    }

    /** Whose notification this is; empty when it does not exist. */
    public Uni<Optional<Long>> notificationOwner(NotificationKey key) {
        return pool.preparedQuery(NOTIFICATION_OWNER)
                .execute(Tuple.of(key.purchaseId(), key.kind(), (short) key.ordinal()))
                .map(rows -> rows.size() == 0
                ? Optional.empty()
                : Optional.of(rows.iterator().next().getLong("user_id")));
    }

    /** The shoes with these ids that still exist, by id. */
    public Uni<Map<Long, ShoeLink>> shoeLinks(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(SHOE_LINKS).execute(Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, ShoeLink> byId = new HashMap<>();
                    for (Row row : rows) {
                        byId.put(row.getLong("id"), new ShoeLink(row.getLong("id"), row.getString("name"),
                                row.getString("brand"), row.getBigDecimal("price").doubleValue(),
                                row.getBoolean("in_stock")));
                    }
                    return byId;
                });
    }
}
