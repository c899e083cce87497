package io.solemate.interactions.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.interactions.EventKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event from the shop front. {@code clientEventId} makes ingestion idempotent; {@code occurredAt} defaults to
 * the time of receipt and lies between {@link #EARLIEST} and a few minutes from now (a year-1 or year -5000 event
 * would break every later date computation of its customer); {@code size} and {@code usageKmPerWeek} describe the
 * pair bought with a purchase.
 */
@RegisterForReflection
public record InteractionEvent(
        @NotNull UUID clientEventId,
        @NotNull @Positive Long userId,
        @NotNull @Positive Long shoeId,
        @NotNull EventKind kind,
        @Schema(nullable = true, description = "Stars of a rating (1 to 5); optional for other kinds")
        @PositiveOrZero @Max(1000) Float value,
        @Schema(nullable = true, description = "When it happened; default: when it was received. From 2000-01-01 "
                + "to five minutes from now")
        Instant occurredAt,
        @Schema(nullable = true, description = "EU size of the pair bought; purchases only")
        @DecimalMin("15") @DecimalMax("55") BigDecimal size,
        @Schema(nullable = true, description = "Kilometres a week the pair will be used; purchases only")
        @PositiveOrZero @Max(500) Float usageKmPerWeek) {

    /** The earliest {@code occurredAt} accepted: older instants are typos or epoch defaults, not shop history. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** A rating carries its stars in {@code value}; other kinds may carry a value or not. */
    public boolean ratingValued() {
        return kind != EventKind.RATING || (value != null && value >= 1 && value <= 5);
    }
}
