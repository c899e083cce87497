package io.solemate.aftercare;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One after-care notification; {@code suggestedShoeIds} (best first) is empty for care reminders. */
@RegisterForReflection
public record NotificationView(long id, long userId, long purchaseId, String kind, LocalDate dueOn, String title,
        String body, List<Long> suggestedShoeIds, String status, Instant createdAt, Instant statusChangedAt) {

    static final String COLUMNS = "id, user_id, purchase_id, kind, due_on, title, body, suggested_shoe_ids, status, "
            + "created_at, status_changed_at";

    static NotificationView of(Row row) {
        var changed = row.getOffsetDateTime("status_changed_at");
        return new NotificationView(row.getLong("id"), row.getLong("user_id"), row.getLong("purchase_id"),
                row.getString("kind"), row.getLocalDate("due_on"), row.getString("title"), row.getString("body"),
                List.of(row.getArrayOfLongs("suggested_shoe_ids")), row.getString("status"),
                row.getOffsetDateTime("created_at").toInstant(), changed == null ? null : changed.toInstant());
    }
}
