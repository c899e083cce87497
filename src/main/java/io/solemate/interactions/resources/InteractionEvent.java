package io.solemate.interactions.resources;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.interactions.EventKind;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One event from the shop front. {@code clientEventId} makes ingestion idempotent; {@code occurredAt} defaults to
 * the time of receipt; {@code size} and {@code usageKmPerWeek} describe the pair bought with a purchase.
 */
@RegisterForReflection
public record InteractionEvent(
        @NotNull UUID clientEventId,
        @NotNull @Positive Long userId,
        @NotNull @Positive Long shoeId,
        @NotNull EventKind kind,
        @PositiveOrZero @Max(1000) Float value,
        Instant occurredAt,
        @DecimalMin("15") @DecimalMax("55") BigDecimal size,
        @PositiveOrZero @Max(500) Float usageKmPerWeek) {

    @JsonIgnore
    @AssertTrue(message = "a rating needs a value from 1 to 5")
    public boolean isRatingValued() {
        return kind != EventKind.RATING || (value != null && value >= 1 && value <= 5);
    }
}
