package io.solemate.aftercare;

import java.time.Instant;

/** A purchase the customer still owns (not returned), with the shoe as the catalogue has it now. */
public record OwnedPurchase(long purchaseId, Instant purchasedAt, Float usageKmPerWeek, long shoeId, String name,
        String brand, String category, String material, String careInstructions, int careIntervalDays,
        int lifespanDays) {

    /** The shoe's calendar at the given reference usage ({@code solemate.aftercare.reference-usage-km-per-week}). */
    public Lifecycle lifecycle(double referenceKmPerWeek) {
        return Lifecycle.of(purchasedAt, careIntervalDays, lifespanDays, usageKmPerWeek, referenceKmPerWeek);
    }
}
