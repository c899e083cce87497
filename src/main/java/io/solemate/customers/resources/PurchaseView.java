package io.solemate.customers.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.customers.Purchase;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A purchase; {@code pricePaid} is in the store currency ({@code solemate.catalog.currency}). */
@RegisterForReflection
public record PurchaseView(long id, long shoeId, String shoeName, String brand, String category,
        @Schema(nullable = true) BigDecimal euSize, BigDecimal pricePaid, Instant purchasedAt,
        @Schema(nullable = true) Float usageKmPerWeek, @Schema(nullable = true) Instant returnedAt) {

    public static PurchaseView of(Purchase p) {
        return new PurchaseView(p.id, p.shoe.id, p.shoe.name, p.shoe.brand.name, p.shoe.category, p.euSize,
                p.pricePaid, p.purchasedAt, p.usageKmPerWeek, p.returnedAt);
    }
}
