package io.solemate.aftercare.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.aftercare.Notification;
import io.solemate.aftercare.NotificationKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One after-care notification; {@code id} is its {@link NotificationKey}, {@code suggestedShoeIds} (best first) is
 * empty for care reminders.
 */
@RegisterForReflection
public record NotificationView(String id, long userId, long purchaseId, String kind, LocalDate dueOn, String title,
        String body, List<Long> suggestedShoeIds, String status, Instant createdAt,
        @Schema(nullable = true) Instant statusChangedAt) {

    /** The notification as the API shows it: a narrow care reminder with its text rendered. */
    public static NotificationView of(Notification notification) {
        NotificationKey key = notification.key();
        return new NotificationView(key.id(), notification.userId(), key.purchaseId(), key.kind(),
                notification.dueOn(),
                notification.shownTitle(), notification.shownBody(), notification.suggestedShoeIds(),
                notification.status(), notification.createdAt(), notification.statusChangedAt());
    }
}
