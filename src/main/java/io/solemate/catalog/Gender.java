package io.solemate.catalog;

import io.solemate.common.Vocabulary;
import java.util.List;

/** Whom a shoe is made for (and a customer's stated gender), with the EU size range offered, in half sizes. */
public enum Gender implements Vocabulary {
    MEN(39.0, 47.0),
    WOMEN(35.0, 42.0),
    UNISEX(36.0, 46.0),
    KIDS(28.0, 35.0);

    public final double smallestSize;
    public final double largestSize;

    Gender(double smallestSize, double largestSize) {
        this.smallestSize = smallestSize;
        this.largestSize = largestSize;
    }

    /** Every half size of the range, smallest first. */
    public List<Double> halfSizes() {
        return halfSizesBetween(smallestSize, largestSize);
    }

    /** Whether a shoe made for this gender suits a shopper of {@code shopper}'s: the same, or unisex. */
    public boolean suits(Gender shopper) {
        return this == shopper || this == UNISEX;
    }

    /** Every half size from {@code from} to {@code to}, both included. */
    public static List<Double> halfSizesBetween(double from, double to) {
        int count = (int) Math.round((to - from) * 2) + 1;
        Double[] sizes = new Double[Math.max(count, 0)];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = from + i / 2.0;
        }
        return List.of(sizes);
    }
}
