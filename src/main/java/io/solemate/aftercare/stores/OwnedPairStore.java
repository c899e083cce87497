package io.solemate.aftercare.stores;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.Notification;
import io.solemate.aftercare.PairDigest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The after-care SQL of the store desk, pair by pair: a digest of what is due per owned pair, every notification of
 * one pair a page at a time, and marking all of a customer's due notifications read. Shown, as in the API, are the
 * due (due date on or before today) unread and read notifications of pairs not returned.
 */
@ApplicationScoped
public class OwnedPairStore {

    /** Per notification: its rank by due date within its pair and kind, and the counts of that pair and kind. */
    private static final String DIGEST = """
            WITH p AS MATERIALIZED (
                SELECT id, user_id, shoe_id FROM purchases WHERE user_id = $1 AND returned_at IS NULL),
            shown AS (
                SELECT %s,
                       row_number() OVER (PARTITION BY n.purchase_id, n.kind ORDER BY n.due_on DESC) AS recency,
                       count(*) OVER (PARTITION BY n.purchase_id, n.kind) AS of_kind,
                       count(*) FILTER (WHERE n.status = 'unread') OVER (PARTITION BY n.purchase_id, n.kind)
                           AS unread_of_kind
                FROM p JOIN notifications n ON n.purchase_id = p.id JOIN shoes s ON s.id = p.shoe_id
                WHERE n.status IN ('unread', 'read') AND n.due_on <= $2)
            SELECT * FROM shown WHERE recency <= $3
            ORDER BY purchase_id, recency, kind DESC""".formatted(NotificationStore.COLUMNS);

    private static final String OF_PAIR = "FROM notifications n " + NotificationStore.SHOE + """

            WHERE p.id = $1 AND p.user_id = $2 AND p.returned_at IS NULL
              AND n.status IN ('unread', 'read') AND n.due_on <= $3""";

    /** Replacement suggestions first, then newest due date first; the rest of the key keeps pages stable. */
    private static final String PAGE_OF_PAIR = "SELECT " + NotificationStore.COLUMNS + " " + OF_PAIR
            + " ORDER BY n.kind DESC, n.due_on DESC LIMIT $4 OFFSET $5";

    private static final String COUNT_OF_PAIR = "SELECT count(*) " + OF_PAIR;

    private static final String OWNS = """
            SELECT EXISTS (SELECT 1 FROM purchases WHERE id = $1 AND user_id = $2 AND returned_at IS NULL)""";

    private static final String MARK_ALL_READ = """
            UPDATE notifications n SET status = 'read', status_changed_at = $3
            FROM purchases p
            WHERE p.user_id = $1 AND p.returned_at IS NULL AND n.purchase_id = p.id
              AND n.status = 'unread' AND n.due_on <= $2""";

    private final Pool pool;

    public OwnedPairStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * The digest of every owned pair of the customer that has a notification shown, by purchase id, carrying at most
     * {@code olderCarried} older notifications per pair and kind.
     */
    public Uni<Map<Long, PairDigest>> digests(long userId, LocalDate today, int olderCarried) {
        return pool.preparedQuery(DIGEST).execute(Tuple.of(userId, today, 1 + olderCarried)).map(rows -> {
            Map<Long, DigestBuilder> byPair = new LinkedHashMap<>();
            for (Row row : rows) {
                Notification n = NotificationStore.notification(row);
                byPair.computeIfAbsent(n.key().purchaseId(), DigestBuilder::new).add(n, row.getLong("recency"),
                        row.getLong("of_kind").intValue(), row.getLong("unread_of_kind").intValue());
            }
            Map<Long, PairDigest> digests = new LinkedHashMap<>();
            byPair.forEach((purchase, builder) -> digests.put(purchase, builder.build()));
            return digests;
        });
    }

    public Uni<Boolean> owns(long userId, long purchaseId) {
        return pool.preparedQuery(OWNS).execute(Tuple.of(purchaseId, userId))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** One page of the pair's shown notifications: replacement suggestions first, then newest due date first. */
    public Uni<List<Notification>> pageOfPair(long userId, long purchaseId, LocalDate today, int limit, int offset) {
        return pool.preparedQuery(PAGE_OF_PAIR).execute(Tuple.of(purchaseId, userId, today, limit, offset))
                .map(rows -> {
                    List<Notification> page = new ArrayList<>(rows.size());
                    rows.forEach(row -> page.add(NotificationStore.notification(row)));
                    return page;
                });
    }

    public Uni<Long> countOfPair(long userId, long purchaseId, LocalDate today) {
        return pool.preparedQuery(COUNT_OF_PAIR).execute(Tuple.of(purchaseId, userId, today))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Marks every due unread notification of the customer's owned pairs read; answers how many changed. */
    public Uni<Integer> markAllRead(long userId, LocalDate today, OffsetDateTime at) {
        return pool.preparedQuery(MARK_ALL_READ).execute(Tuple.of(userId, today, at)).map(rows -> rows.rowCount());
    }

    /** Collects one pair's rows: the first of each kind is its latest, the others are older. */
    private static final class DigestBuilder {
        private final long purchaseId;
        private Notification latestReplacement;
        private Notification latestCare;
        private final List<Notification> older = new ArrayList<>();
        private int replacements;
        private int unreadReplacements;
        private int careReminders;
        private int unreadCare;

        DigestBuilder(long purchaseId) {
            this.purchaseId = purchaseId;
        }

        void add(Notification n, long recency, int ofKind, int unreadOfKind) {
            boolean care = "care".equals(n.key().kind());
            if (recency > 1) {
                older.add(n);
            } else if (care) {
                latestCare = n;
                careReminders = ofKind;
                unreadCare = unreadOfKind;
            } else {
                latestReplacement = n;
                replacements = ofKind;
                unreadReplacements = unreadOfKind;
            }
        }

        PairDigest build() {
            older.sort((a, b) -> b.dueOn().compareTo(a.dueOn()));
            return new PairDigest(purchaseId, latestReplacement, latestCare, List.copyOf(older), replacements,
                    unreadReplacements, careReminders, unreadCare);
        }
    }
}
