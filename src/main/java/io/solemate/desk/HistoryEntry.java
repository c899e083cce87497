package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** One interaction of a customer with the shoe it concerns; {@code value} is the star rating of a rating. */
@RegisterForReflection
public record HistoryEntry(long shoeId, String shoeName, String brand, String kind, Float value,
        Instant occurredAt) {
}
