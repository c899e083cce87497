package io.solemate.aftercare;

import io.smallrye.mutiny.Uni;
import io.solemate.customers.services.CustomerService;
import io.solemate.errors.NotFound;
import io.solemate.web.Page;
import io.solemate.web.Paging;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and updates a customer's after-care notifications. Listed are notifications that are due (due date on or
 * before today, UTC) and belong to shoes still owned; dismissed ones are never listed: {@code all} means unread and
 * read.
 */
@ApplicationScoped
public class NotificationService {

    /** The statuses each value of the {@code status} filter lists. */
    static final Map<String, String[]> LISTED = Map.of(
            "unread", new String[] { "unread" },
            "read", new String[] { "read" },
            "all", new String[] { "unread", "read" });

    /**
     * A customer's notifications are those of the purchases they still own ({@code p}, by {@code purchases_user_idx}),
     * each looked up by {@code notifications_once_key}, which leads with the purchase. Materialized so that the plan
     * starts from the customer's few purchases whatever the statistics say: right after a large run, before
     * notifications is analyzed again, the planner would rather scan all purchases.
     */
    private static final String FEED = """
            WITH p AS MATERIALIZED (
                SELECT id, user_id, shoe_id FROM purchases WHERE user_id = $1 AND returned_at IS NULL)
            """;

    /** The customer's notifications with what {@link NotificationView#COLUMNS} reads, to filter and order. */
    private static final String FEED_VIEWS = FEED + "SELECT " + NotificationView.COLUMNS + """

            FROM p JOIN notifications n ON n.purchase_id = p.id JOIN shoes s ON s.id = p.shoe_id
            """;

    /** Newest due date first; the rest of the key makes the order, and so the pages, stable. */
    private static final String NEWEST_FIRST = " ORDER BY n.due_on DESC, n.purchase_id DESC, n.kind DESC";

    private static final String LIST = FEED_VIEWS + "WHERE n.status = ANY($2) AND n.due_on <= $3" + NEWEST_FIRST
            + " LIMIT $4 OFFSET $5";

    private static final String COUNT = FEED + """
            SELECT count(*) FROM p JOIN notifications n ON n.purchase_id = p.id
            WHERE n.status = ANY($2) AND n.due_on <= $3""";

    /**
     * Moves a notification to {@code $2} unless it is already there or the move is not allowed (dismissed stays
     * dismissed); returns it either way, so repeating the call answers the same.
     */
    private static final String CHANGE_STATUS = """
            WITH changed AS (
                UPDATE notifications SET status = $4, status_changed_at = $5
                WHERE purchase_id = $1 AND kind = $2 AND due_on = $3 AND status = ANY($6)
                RETURNING *)
            SELECT %1$s FROM changed n %2$s
            UNION ALL
            SELECT %1$s FROM notifications n %2$s
            WHERE n.purchase_id = $1 AND n.kind = $2 AND n.due_on = $3 AND NOT EXISTS (SELECT 1 FROM changed)"""
            .formatted(NotificationView.COLUMNS, NotificationView.SHOE);

    private static final String OWNED = """
            SELECT p.id AS purchase_id, p.purchased_at, p.usage_km_per_week, s.id AS shoe_id, s.name,
                   b.name AS brand, s.category, s.material, s.care_instructions, s.care_interval_days, s.lifespan_days
            FROM purchases p JOIN shoes s ON s.id = p.shoe_id JOIN brands b ON b.id = s.brand_id
            WHERE p.user_id = $1 AND p.returned_at IS NULL
            ORDER BY p.purchased_at DESC, p.id DESC""";

    private static final String DUE_UNREAD = FEED_VIEWS + "WHERE n.status = 'unread' AND n.due_on <= $2" + NEWEST_FIRST;

    private final Pool pool;
    private final CustomerService customers;
    private final AftercareConfig config;
    private final Clock clock;

    public NotificationService(Pool pool, CustomerService customers, AftercareConfig config, Clock clock) {
        this.pool = pool;
        this.customers = customers;
        this.config = config;
        this.clock = clock;
    }

    /** Due notifications of a customer, newest due date first; 404 for an unknown customer. */
    public Uni<Page<NotificationView>> list(long userId, String status, Paging paging) {
        String[] statuses = LISTED.get(status);
        LocalDate today = today();
        return customers.require(userId)
                .flatMap(user -> pool.preparedQuery(LIST)
                        .execute(Tuple.of(userId, statuses, today, paging.limit, paging.offset())))
                .flatMap(rows -> pool.preparedQuery(COUNT).execute(Tuple.of(userId, statuses, today))
                        .map(count -> new Page<>(views(rows), paging.page, paging.limit,
                                count.iterator().next().getLong(0))));
    }

    /** Marks a notification read (a dismissed one stays dismissed); 404 for an unknown id. */
    public Uni<NotificationView> markRead(String id) {
        return changeStatus(id, "read", "unread");
    }

    public Uni<NotificationView> dismiss(String id) {
        return changeStatus(id, "dismissed", "unread", "read");
    }

    private Uni<NotificationView> changeStatus(String id, String status, String... from) {
        NotificationKey key = NotificationKey.ofId(id).orElseThrow(() -> new NotFound("Notification", id));
        Tuple parameters = Tuple.of(key.purchaseId(), key.kind(), key.dueOn(), status,
                OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)), from);
        return pool.preparedQuery(CHANGE_STATUS).execute(parameters).map(rows -> {
            if (rows.size() == 0) {
                throw new NotFound("Notification", id);
            }
            return NotificationView.of(rows.iterator().next());
        });
    }

    /** Shoes the customer owns with their lifecycle, newest purchase first; 404 for an unknown customer. */
    public Uni<List<OwnedShoeView>> ownedShoes(long userId) {
        LocalDate today = today();
        return customers.require(userId)
                .flatMap(user -> pool.preparedQuery(OWNED).execute(Tuple.of(userId)))
                .flatMap(owned -> pool.preparedQuery(DUE_UNREAD).execute(Tuple.of(userId, today))
                        .map(due -> {
                            Map<Long, List<NotificationView>> byPurchase = new HashMap<>();
                            for (NotificationView n : views(due)) {
                                byPurchase.computeIfAbsent(n.purchaseId(), k -> new ArrayList<>()).add(n);
                            }
                            List<OwnedShoeView> shoes = new ArrayList<>(owned.size());
                            owned.forEach(row -> shoes.add(ownedShoe(row, today,
                                    byPurchase.getOrDefault(row.getLong("purchase_id"), List.of()))));
                            return shoes;
                        }));
    }

    private OwnedShoeView ownedShoe(Row row, LocalDate today, List<NotificationView> due) {
        var purchasedAt = row.getOffsetDateTime("purchased_at").toInstant();
        Lifecycle life = Lifecycle.of(purchasedAt, row.getInteger("care_interval_days"),
                row.getInteger("lifespan_days"), row.getFloat("usage_km_per_week"),
                config.referenceUsageKmPerWeek());
        return new OwnedShoeView(row.getLong("purchase_id"), row.getLong("shoe_id"), row.getString("name"),
                row.getString("brand"), row.getString("category"), row.getString("material"), purchasedAt,
                life.ageDays(today), life.lifeUsed(today),
                life.nextCare(today, config.careReminderCount()).orElse(null), life.endOfLife(),
                row.getString("care_instructions"), due);
    }

    private LocalDate today() {
        return Lifecycle.utcDay(clock.instant());
    }

    private static List<NotificationView> views(RowSet<Row> rows) {
        List<NotificationView> views = new ArrayList<>(rows.size());
        rows.forEach(row -> views.add(NotificationView.of(row)));
        return views;
    }
}
