package io.solemate.aftercare;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One after-care notification; {@code id} is its {@link NotificationKey}, {@code suggestedShoeIds} (best first) is
 * empty for care reminders.
 */
@RegisterForReflection
public record NotificationView(String id, long userId, long purchaseId, String kind, LocalDate dueOn, String title,
        String body, List<Long> suggestedShoeIds, String status, Instant createdAt, Instant statusChangedAt) {

    /**
     * What {@link #of} reads, from {@code notifications n} joined to its purchase {@code p} (whose owner the
     * notification is for) and the purchased shoe {@code s}: a care reminder written without text ({@code title} and
     * {@code body} null) is rendered from the shoe's name, care instructions and material and the stored season
     * {@code tip} ({@link CareTips}). Stored text is shown as stored: replacement suggestions, and care reminders
     * written before reminders were stored narrow.
     */
    static final String COLUMNS = "p.user_id, n.purchase_id, n.kind, n.due_on, n.title, n.body, n.tip, "
            + "n.suggested_shoe_ids, n.status, n.created_at, n.status_changed_at, s.name AS shoe_name, "
            + "s.material AS shoe_material, s.care_instructions AS shoe_care_instructions";

    /** Joins a notification {@code n} to its purchase {@code p} and the shoe {@code s} that {@link #COLUMNS} name. */
    static final String SHOE = "JOIN purchases p ON p.id = n.purchase_id JOIN shoes s ON s.id = p.shoe_id";

    static NotificationView of(Row row) {
        var changed = row.getOffsetDateTime("status_changed_at");
        String title = row.getString("title");
        String body = row.getString("body");
        var key = new NotificationKey(row.getLong("purchase_id"), row.getString("kind"), row.getLocalDate("due_on"));
        return new NotificationView(key.id(), row.getLong("user_id"), key.purchaseId(), key.kind(), key.dueOn(),
                title != null ? title : CareTips.title(row.getString("shoe_name")),
                body != null ? body : CareTips.body(row.getString("shoe_care_instructions"), row.getString("tip"),
                        row.getString("shoe_material")),
                List.of(row.getArrayOfLongs("suggested_shoe_ids")), row.getString("status"),
                row.getOffsetDateTime("created_at").toInstant(), changed == null ? null : changed.toInstant());
    }
}
