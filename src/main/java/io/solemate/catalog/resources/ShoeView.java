package io.solemate.catalog.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.catalog.Shoe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A shoe as the API shows it. */
@RegisterForReflection
public record ShoeView(long id, String sku, String name, String brand, String category, String gender,
        String material, String color, BigDecimal price, String description, String careInstructions,
        int careIntervalDays, int lifespanDays, boolean inStock, boolean active, List<BigDecimal> sizes,
        Instant createdAt) {

    public static ShoeView of(Shoe shoe) {
        return new ShoeView(shoe.id, shoe.sku, shoe.name, shoe.brand.name, shoe.category, shoe.gender,
                shoe.material, shoe.color, shoe.price, shoe.description, shoe.careInstructions,
                shoe.careIntervalDays, shoe.lifespanDays, shoe.inStock, shoe.active, List.copyOf(shoe.sizes),
                shoe.createdAt);
    }
}
