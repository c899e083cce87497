package io.solemate.recommend.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Facts about one fit: sizes, time per component, validation metrics per model ("MostPopular", "PureSVD", "ALS",
 * "Content", "Hybrid" to {"ndcg@10", "recall@10"}), the chosen blend and collaborative model
 * ("PureSVD", "ALS" or "both"), and an estimate of the snapshot's heap footprint.
 */
public record ModelStats(int users, int shoes, long interactions, Map<String, Long> fitMillis,
                         Map<String, Map<String, Double>> validation, BlendWeights blendWeights,
                         String collaborativeModel, long memoryBytes) {

    public ModelStats {
        fitMillis = Collections.unmodifiableMap(new LinkedHashMap<>(fitMillis));
        var copy = new LinkedHashMap<String, Map<String, Double>>();
        validation.forEach((model, metrics) -> copy.put(model, Collections.unmodifiableMap(new LinkedHashMap<>(metrics))));
        validation = Collections.unmodifiableMap(copy);
    }
}
