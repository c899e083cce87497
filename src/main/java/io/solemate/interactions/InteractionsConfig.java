package io.solemate.interactions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/** Interaction log settings ({@code solemate.interactions.*}): its compaction into user-shoe aggregates. */
@ConfigMapping(prefix = "solemate.interactions")
public interface InteractionsConfig {

    /** How often new events are folded into {@code interaction_aggregates} ("1m"; "off" disables). */
    @WithDefault("1m")
    String compactionInterval();

    /** Interaction ids folded per transaction: bounds each step's time and locks. */
    @WithDefault("200000")
    @Positive
    int compactionBatchSize();
}
