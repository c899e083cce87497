package io.solemate.aftercare.stores;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.Notification;
import io.solemate.aftercare.NotificationKey;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a customer's notifications and changes their status: the SQL behind the notifications API. */
@ApplicationScoped
public class NotificationStore {

    /**
     * What {@link #notification} reads, from {@code notifications n} joined to its purchase {@code p} (whose owner the
     * notification is for) and the purchased shoe {@code s}, which a narrow care reminder's text is rendered from.
     */
    public static final String COLUMNS = "p.user_id, n.purchase_id, n.kind, n.ordinal, n.due_on, n.title, n.body, "
            + "n.tip, n.suggested_shoe_ids, n.status, n.created_at, n.status_changed_at, s.name AS shoe_name, "
            + "s.material AS shoe_material, s.care_instructions AS shoe_care_instructions";

    /** Joins a notification {@code n} to its purchase {@code p} and the shoe {@code s} that {@link #COLUMNS} name. */
    public static final String SHOE = "JOIN purchases p ON p.id = n.purchase_id JOIN shoes s ON s.id = p.shoe_id";

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

    /** The customer's notifications with what {@link #COLUMNS} reads, to filter and order. */
    private static final String FEED_VIEWS = FEED + "SELECT " + COLUMNS + """

            FROM p JOIN notifications n ON n.purchase_id = p.id JOIN shoes s ON s.id = p.shoe_id
            """;

    /** Newest due date first; the rest of the key makes the order, and so the pages, stable. */
    private static final String NEWEST_FIRST =
            " ORDER BY n.due_on DESC, n.purchase_id DESC, n.kind DESC, n.ordinal DESC";

    private static final String LIST = FEED_VIEWS + "WHERE n.status = ANY($2) AND n.due_on <= $3" + NEWEST_FIRST
            + " LIMIT $4 OFFSET $5";

    private static final String COUNT = FEED + """
            SELECT count(*) FROM p JOIN notifications n ON n.purchase_id = p.id
            WHERE n.status = ANY($2) AND n.due_on <= $3""";

    private static final String DUE_UNREAD = FEED_VIEWS + "WHERE n.status = 'unread' AND n.due_on <= $2" + NEWEST_FIRST;

    /**
     * Moves a notification of customer {@code $7} to {@code $4} unless it is already there or the move is not allowed
     * ({@code $6}: the statuses it may leave); returns it either way, so repeating the call answers the same. The
     * owner is checked in the statement: another customer's notification is not found, whoever holds a key.
     */
    private static final String CHANGE_STATUS = """
            WITH changed AS (
                UPDATE notifications n SET status = $4, status_changed_at = $5
                FROM purchases o
                WHERE n.purchase_id = $1 AND n.kind = $2 AND n.ordinal = $3 AND n.status = ANY($6)
                  AND o.id = n.purchase_id AND o.user_id = $7
                RETURNING n.*)
            SELECT %1$s FROM changed n %2$s
            UNION ALL
            SELECT %1$s FROM notifications n %2$s
            WHERE n.purchase_id = $1 AND n.kind = $2 AND n.ordinal = $3 AND p.user_id = $7
              AND NOT EXISTS (SELECT 1 FROM changed)"""
            .formatted(COLUMNS, SHOE);

    private final Pool pool;

    public NotificationStore(Pool pool) {
        this.pool = pool;
    }

    /** One page of the customer's notifications in the given statuses due by {@code today}, newest due date first. */
    public Uni<List<Notification>> page(long userId, String[] statuses, LocalDate today, int limit, int offset) {
        return pool.preparedQuery(LIST).execute(Tuple.of(userId, statuses, today, limit, offset))
                .map(NotificationStore::notifications);
    }

    /** How many of the customer's notifications in the given statuses are due by {@code today}. */
    public Uni<Long> count(long userId, String[] statuses, LocalDate today) {
        return pool.preparedQuery(COUNT).execute(Tuple.of(userId, statuses, today))
                .map(count -> count.iterator().next().getLong(0));
    }

    /** The customer's unread notifications due by {@code today}, newest due date first. */
    public Uni<List<Notification>> dueUnread(long userId, LocalDate today) {
        return pool.preparedQuery(DUE_UNREAD).execute(Tuple.of(userId, today)).map(NotificationStore::notifications);
    }

    /**
     * Moves the customer's notification to {@code status} at {@code at} if it is in one of the statuses {@code from};
     * answers it as it is then, empty when the customer has no such notification.
     */
    public Uni<Optional<Notification>> changeStatus(long userId, NotificationKey key, String status,
            OffsetDateTime at, String... from) {
        Tuple parameters = Tuple.tuple().addLong(key.purchaseId()).addString(key.kind())
                .addShort((short) key.ordinal()).addString(status).addOffsetDateTime(at).addArrayOfString(from)
                .addLong(userId);
        return pool.preparedQuery(CHANGE_STATUS).execute(parameters)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(notification(rows.iterator().next())));
    }

    /** The notification in a row of {@link #COLUMNS}. */
    public static Notification notification(Row row) {
        var changed = row.getOffsetDateTime("status_changed_at");
        var key = new NotificationKey(row.getLong("purchase_id"), row.getString("kind"), row.getShort("ordinal"));
        return new Notification(key, row.getLocalDate("due_on"), row.getLong("user_id"), row.getString("title"),
                row.getString("body"), row.getString("tip"), List.of(row.getArrayOfLongs("suggested_shoe_ids")),
                row.getString("status"), row.getOffsetDateTime("created_at").toInstant(), changed == null ? null : changed.toInstant(),
                row.getString("shoe_name"), row.getString("shoe_material"), row.getString("shoe_care_instructions"));
    }

    private static List<Notification> notifications(RowSet<Row> rows) {
        List<Notification> notifications = new ArrayList<>(rows.size());
        rows.forEach(row -> notifications.add(notification(row)));
        return notifications;
    }
}
