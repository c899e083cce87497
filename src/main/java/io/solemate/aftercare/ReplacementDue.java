package io.solemate.aftercare;

import java.time.LocalDate;

/**
 * A purchase whose replacement suggestion is due ({@link Lifecycle#replacementDue}) and not yet written: the worn
 * shoe, its owner's size ({@code size}, NaN when unknown) and when the shoe reaches the end of its life.
 */
public record ReplacementDue(long purchaseId, long userId, long shoeId, double size, String name, boolean stillSold,
        LocalDate dueOn, LocalDate endOfLife) {
}
