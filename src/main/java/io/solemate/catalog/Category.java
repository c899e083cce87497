package io.solemate.catalog;

import io.solemate.common.Vocabulary;

/**
 * What a shoe is for, with its expected useful life: running shoes last roughly 500-800 km, about nine months of
 * regular use; welted dress shoes last years. After-care times replacement suggestions from the lifespan.
 */
public enum Category implements Vocabulary {
    RUNNING(270),
    TRAIL(240),
    WALKING(365),
    BASKETBALL(365),
    TENNIS(300),
    FOOTBALL(300),
    TRAINING(365),
    CASUAL(540),
    BOOTS(1000),
    HIKING(730),
    SANDALS(365),
    DRESS(1500);

    public final int lifespanDays;

    Category(int lifespanDays) {
        this.lifespanDays = lifespanDays;
    }

    /** Whether buyers of this category usually report weekly distance (it drives replacement timing). */
    public boolean distanceBased() {
        return this == RUNNING || this == TRAIL || this == WALKING;
    }
}
