package io.solemate.aftercare;

import io.solemate.common.Vocabulary;

/**
 * A day's weather in a region ({@code environmental_data.condition}). Wet, snowy and hot seasons bring a care tip
 * ({@code notifications.tip} stores which); the others bring none.
 */
public enum WeatherCondition implements Vocabulary {
    WET, SNOWY, HOT, DRY, MILD, COLD;

    /** Whether a season of this weather brings a care tip. */
    public boolean bringsTip() {
        return this == WET || this == SNOWY || this == HOT;
    }
}
