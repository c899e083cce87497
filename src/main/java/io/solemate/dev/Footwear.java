package io.solemate.dev;

import java.util.List;
import java.util.Locale;

/**
 * Footwear facts shared by the demo generator and the catalog importer, so a generated shoe and an imported one get
 * the same care advice, care interval, expected lifespan and size range. Names match the schema's CHECK lists.
 */
public final class Footwear {

    private Footwear() {
    }

    /** Schema value of an enum constant: its lower-case name. */
    static String dbName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Shoe categories with the expected useful life (running shoes last roughly 500-800 km, i.e. about nine months of
     * regular use; welted dress shoes last years) and a base retail price band in whole currency units for a mid-tier
     * brand.
     */
    public enum Category {
        RUNNING(270, 80, 160),
        TRAIL(240, 90, 170),
        WALKING(365, 60, 130),
        BASKETBALL(365, 90, 190),
        TENNIS(300, 70, 150),
        FOOTBALL(300, 60, 220),
        TRAINING(365, 60, 130),
        CASUAL(540, 50, 120),
        BOOTS(1000, 110, 260),
        HIKING(730, 110, 230),
        SANDALS(365, 25, 70),
        DRESS(1500, 90, 250);

        public final int lifespanDays;
        final int basePriceLow;
        final int basePriceHigh;

        Category(int lifespanDays, int basePriceLow, int basePriceHigh) {
            this.lifespanDays = lifespanDays;
            this.basePriceLow = basePriceLow;
            this.basePriceHigh = basePriceHigh;
        }

        public String dbName() {
            return Footwear.dbName(this);
        }

        /** Whether buyers of this category usually report weekly distance (it drives replacement timing). */
        public boolean distanceBased() {
            return this == RUNNING || this == TRAIL || this == WALKING;
        }
    }

    /** Upper materials with care advice that fits the material and how often that care is due. */
    public enum Material {
        LEATHER(30, "Wipe with a damp cloth and let dry naturally away from heat; apply a leather conditioner every few"
                + " months and polish to keep the finish supple."),
        SUEDE(21, "Brush with a suede brush to lift the nap and remove dirt; never soak or machine wash; treat with a"
                + " suede protector spray and let wet patches dry at room temperature."),
        NUBUCK(21, "Brush gently with a nubuck brush or eraser; never soak or machine wash; refresh with a nubuck"
                + " protector spray after cleaning."),
        MESH(30, "Clean with cold water and a mild soap using a soft brush; air dry away from heat with paper stuffed"
                + " inside; never tumble dry."),
        KNIT(30, "Hand wash cold with a mild detergent, press out the water, reshape and air dry; never wring or"
                + " tumble dry."),
        CANVAS(30, "Spot clean with mild soap and a soft brush or hand wash cold; air dry stuffed with paper, out of"
                + " direct sun."),
        SYNTHETIC(45, "Wipe with a damp cloth and mild soap; air dry at room temperature away from radiators."),
        RUBBER(60, "Rinse with water, wipe off grime with mild soap and let dry in the shade.");

        public final int careIntervalDays;
        public final String careInstructions;

        Material(int careIntervalDays, String careInstructions) {
            this.careIntervalDays = careIntervalDays;
            this.careInstructions = careInstructions;
        }

        public String dbName() {
            return Footwear.dbName(this);
        }
    }

    /** Shoe gender with the EU size range offered, in half sizes. */
    public enum Gender {
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

        public String dbName() {
            return Footwear.dbName(this);
        }

        /** Every half size of the range, smallest first. */
        public List<Double> halfSizes() {
            return halfSizesBetween(smallestSize, largestSize);
        }
    }

    /** Every half size from {@code from} to {@code to}, both included. */
    static List<Double> halfSizesBetween(double from, double to) {
        int count = (int) Math.round((to - from) * 2) + 1;
        Double[] sizes = new Double[Math.max(count, 0)];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = from + i / 2.0;
        }
        return List.of(sizes);
    }
}
