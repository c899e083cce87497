package io.solemate.catalog.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.catalog.Shoe;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A shoe as the API shows it: {@code sizes} lists the EU sizes it is made in, {@code stock} the pairs on hand per
 * size, {@code inStock} whether any size has some; {@code style} groups the colourways of one model.
 */
@RegisterForReflection
public record ShoeView(long id, String sku, String name, String brand, String style, String category, String gender,
        String material, String color, BigDecimal price, String description, String careInstructions,
        int careIntervalDays, int lifespanDays, boolean inStock, boolean active, List<BigDecimal> sizes,
        List<SizeStock> stock, Instant createdAt) {

    /** Pairs on hand in one EU size. */
    @RegisterForReflection
    public record SizeStock(BigDecimal euSize, int pairs) {
    }

    public static ShoeView of(Shoe shoe) {
        return new ShoeView(shoe.id, shoe.sku, shoe.name, shoe.brand.name, shoe.style, shoe.category, shoe.gender,
                shoe.material, shoe.color, shoe.price, shoe.description, shoe.careInstructions,
                shoe.careIntervalDays, shoe.lifespanDays, shoe.inStock, shoe.active,
                shoe.sizes.stream().map(z -> z.euSize).toList(),
                shoe.sizes.stream().map(z -> new SizeStock(z.euSize, z.stock)).toList(), shoe.createdAt);
    }
}
