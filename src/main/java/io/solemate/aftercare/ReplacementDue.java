package io.solemate.aftercare;

import java.time.LocalDate;

/**
 * A purchase whose replacement suggestion is due ({@link Lifecycle#replacementDue}) and not yet written: the worn
 * shoe and its style, its owner's size ({@code size}, NaN when unknown) and stated gender ({@code gender}, null when
 * unknown), whether the same shoe is still sold in that size, and when the shoe reaches the end of its life.
 */
public record ReplacementDue(long purchaseId, long userId, long shoeId, String style, double size, String gender,
        String name, boolean stillSold, LocalDate dueOn, LocalDate endOfLife) {
}
