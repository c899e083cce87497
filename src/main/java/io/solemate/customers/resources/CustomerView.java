package io.solemate.customers.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.customers.Customer;
import java.math.BigDecimal;
import java.time.Instant;

@RegisterForReflection
public record CustomerView(long id, String email, String name, String gender, BigDecimal shoeSize,
        String preferredCategory, String preferredBrand, String preferredMaterial, String region, Instant createdAt) {

    public static CustomerView of(Customer c) {
        return new CustomerView(c.id, c.email, c.name, c.gender, c.shoeSize, c.preferredCategory,
                c.preferredBrand == null ? null : c.preferredBrand.name, c.preferredMaterial, c.region, c.createdAt);
    }
}
