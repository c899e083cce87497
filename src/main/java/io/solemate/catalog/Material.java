package io.solemate.catalog;

import io.solemate.common.Vocabulary;

/**
 * The upper material, with the care advice that fits it and how often that care is due: a new shoe takes its care
 * instructions and interval from here, and after-care keys its seasonal tips by it.
 */
public enum Material implements Vocabulary {
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
}
