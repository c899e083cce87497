package io.solemate.aftercare;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.Duration;

/** After-care settings ({@code solemate.aftercare.*}). */
@ConfigMapping(prefix = "solemate.aftercare")
public interface AftercareConfig {

    /** How often the job looks for due reminders and suggestions; it also runs shortly after start. */
    @WithDefault("1h")
    Duration interval();

    /** Whether this instance runs the job (any number of instances may: writes are idempotent). */
    @WithDefault("true")
    boolean enabled();

    /** Care reminders per purchase at most. */
    @WithDefault("12")
    @Min(0)
    @Max(1000)
    int careReminderCount();

    /** Days before the end of life when the replacement suggestion falls due. */
    @WithDefault("30")
    @Min(0)
    @Max(3650)
    int replacementWindowDays();

    /** Shoes a replacement suggestion names at most (the same shoe included). */
    @WithDefault("5")
    @Min(1)
    @Max(50)
    int suggestions();

    /** Purchase ids per batch: one statement per pass covers this id range. */
    @WithDefault("10000")
    @Min(1)
    int batchSize();

    /** Weekly distance at which a shoe lasts exactly its catalogue lifespan. */
    @WithDefault("20")
    @Positive
    double referenceUsageKmPerWeek();
}
