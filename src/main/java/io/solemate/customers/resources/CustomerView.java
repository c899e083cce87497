package io.solemate.customers.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.customers.Customer;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
/** A customer; what they did not tell the store (gender, size, preferences, region) is null. */
public record CustomerView(long id, String email, String name, @Schema(nullable = true) String gender,
        @Schema(nullable = true) BigDecimal shoeSize, @Schema(nullable = true) String preferredCategory,
        @Schema(nullable = true) String preferredBrand, @Schema(nullable = true) String preferredMaterial,
        @Schema(nullable = true) String region, Instant createdAt) {

    public static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.email, c.name, c.gender, c.shoeSize, c.preferredCategory,
                c.preferredBrand == null ? null : c.preferredBrand.name, c.preferredMaterial, c.region, c.createdAt);
    }
}
