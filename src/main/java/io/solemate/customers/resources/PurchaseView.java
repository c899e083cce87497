package io.solemate.customers.resources;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.customers.Purchase;
import java.math.BigDecimal;
import java.time.Instant;

@RegisterForReflection
public record PurchaseView(long id, long shoeId, String shoeName, String brand, String category,
        BigDecimal euSize, Instant purchasedAt, Float usageKmPerWeek, Instant returnedAt) {

    public static PurchaseView of(Purchase p) {
        return new PurchaseView(p.id, p.shoe.id, p.shoe.name, p.shoe.brand.name, p.shoe.category, p.euSize,
                p.purchasedAt, p.usageKmPerWeek, p.returnedAt);
    }
}
