package io.solemate.desk;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.NotificationKey;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The few reads the store desk needs that no service offers. */
@ApplicationScoped
public class DeskQueries {

    private static final String HISTORY_PAGE = """
            SELECT i.kind, i.value, i.occurred_at, s.id AS shoe_id, s.name, b.name AS brand
            FROM interactions i JOIN shoes s ON s.id = i.shoe_id JOIN brands b ON b.id = s.brand_id
            WHERE i.user_id = $1
            ORDER BY i.occurred_at DESC, i.id DESC
            LIMIT $2 OFFSET $3""";

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

    private static final String NOTIFICATION_STATE = """
            SELECT p.user_id, n.status FROM notifications n JOIN purchases p ON p.id = n.purchase_id
            WHERE n.purchase_id = $1 AND n.kind = $2 AND n.ordinal = $3""";

    private static final String SHOE_FACTS = """
            SELECT s.id, s.name, b.name AS brand, s.gender, s.price, s.in_stock,
                   coalesce(array_agg(z.eu_size ORDER BY z.eu_size) FILTER (WHERE z.eu_size IS NOT NULL), '{}')
                       AS sizes,
                   coalesce(array_agg(z.stock ORDER BY z.eu_size) FILTER (WHERE z.eu_size IS NOT NULL), '{}')
                       AS stock
            FROM shoes s JOIN brands b ON b.id = s.brand_id LEFT JOIN shoe_sizes z ON z.shoe_id = s.id
            WHERE s.id = ANY($1)
            GROUP BY s.id, b.name""";

    private static final String OWNED_PURCHASES = """
            SELECT p.id, p.eu_size, p.price_paid, p.usage_km_per_week, s.lifespan_days
            FROM purchases p JOIN shoes s ON s.id = p.shoe_id
            WHERE p.user_id = $1 AND p.returned_at IS NULL""";

    /** A notification's owner and status. */
    public record NotificationState(long ownerId, String status) {
    }

    /** What was bought: the size, the price paid, the weekly usage reported, and the shoe's catalogue lifespan. */
    public record PurchaseFacts(BigDecimal euSize, BigDecimal pricePaid, Float usageKmPerWeek,
            int catalogueLifespanDays) {
    }

    private final Pool pool;

    public DeskQueries(Pool pool) {
        this.pool = pool;
    }

    /** One page of the customer's interactions, newest first. */
    public Uni<List<HistoryEntry>> history(long userId, int limit, int offset) {
        return pool.preparedQuery(HISTORY_PAGE).execute(Tuple.of(userId, limit, offset)).map(rows -> {
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

    /** Whose notification this is and its status; empty when it does not exist. */
    public Uni<Optional<NotificationState>> notificationState(NotificationKey key) {
        return pool.preparedQuery(NOTIFICATION_STATE)
                .execute(Tuple.of(key.purchaseId(), key.kind(), (short) key.ordinal()))
                .map(rows -> rows.size() == 0
                ? Optional.empty()
                : Optional.of(new NotificationState(rows.iterator().next().getLong("user_id"),
                        rows.iterator().next().getString("status"))));
    }

    /** The catalogue facts of the shoes with these ids that exist, by id. */
    public Uni<Map<Long, ShoeFacts>> shoeFacts(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(SHOE_FACTS).execute(Tuple.tuple().addArrayOfLong(ids.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, ShoeFacts> byId = new HashMap<>();
                    for (Row row : rows) {
                        byId.put(row.getLong("id"), new ShoeFacts(row.getLong("id"), row.getString("name"),
                                row.getString("brand"), row.getString("gender"),
                                row.getBigDecimal("price").doubleValue(), row.getBoolean("in_stock"),
                                Arrays.asList(row.getArrayOfBigDecimals("sizes")),
                                Arrays.asList(row.getArrayOfIntegers("stock"))));
                    }
                    return byId;
                });
    }

    /** What the customer bought of each pair they still own, by purchase id. */
    public Uni<Map<Long, PurchaseFacts>> ownedPurchases(long userId) {
        return pool.preparedQuery(OWNED_PURCHASES).execute(Tuple.of(userId)).map(rows -> {
            Map<Long, PurchaseFacts> byPurchase = new HashMap<>();
            for (Row row : rows) {
                byPurchase.put(row.getLong("id"), new PurchaseFacts(row.getBigDecimal("eu_size"),
                        row.getBigDecimal("price_paid"), row.getFloat("usage_km_per_week"),
                        row.getInteger("lifespan_days")));
            }
            return byPurchase;
        });
    }
}
