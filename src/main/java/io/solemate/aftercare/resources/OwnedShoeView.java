package io.solemate.aftercare.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A shoe the customer owns and where it is in its life: {@code lifeUsed} is the share of the effective lifespan used
 * (1 at end of life, more after it); {@code nextCareOn} is null once every reminder is behind; {@code dueNotifications}
 * are this purchase's unread notifications that are due, newest first.
 */
@RegisterForReflection
public record OwnedShoeView(long purchaseId, long shoeId, String name, String brand, String category,
        String material, Instant purchasedAt, long ageDays, double lifeUsed,
        @Schema(nullable = true) LocalDate nextCareOn, LocalDate endOfLifeOn, String careInstructions, List<NotificationView> dueNotifications) {
}
