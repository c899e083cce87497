package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.aftercare.resources.OwnedShoeView;
import java.math.BigDecimal;

/**
 * An owned pair with what was bought and what the weekly usage does to its life: {@code lifeDays} is the expected
 * life at the reported usage, {@code catalogueLifeDays} the shoe's at the reference usage
 * ({@code referenceKmPerWeek}). {@code lifePercent} is the true share used, above 100 once the pair outlived it.
 */
@RegisterForReflection
public record Pair(OwnedShoeView shoe, BigDecimal euSize, BigDecimal pricePaid, Float usageKmPerWeek,
        int catalogueLifeDays, int lifeDays, double referenceKmPerWeek) {

    public int lifePercent() {
        return (int) Math.round(100 * shoe.lifeUsed());
    }

    /** The bar's width: full once the life is used up. */
    public int lifeBar() {
        return Math.min(100, Math.max(0, lifePercent()));
    }

    public boolean pastLife() {
        return shoe.lifeUsed() >= 1;
    }

    public boolean lateInLife() {
        return shoe.lifeUsed() >= 0.75;
    }

    /** Whether the reported usage shortens (below 1) or lengthens (above 1) the catalogue life. */
    public boolean usageChangesLife() {
        return lifeDays != catalogueLifeDays;
    }
}
