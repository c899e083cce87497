package io.solemate.recommend.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.ServedModel;
import java.time.Instant;
import java.util.Map;

/**
 * The served model: version, age, sizes, the last fit's validation metrics, the hyper-parameters its search chose
 * per component (with their validation scores), the blend it chose and its estimated
 * heap footprint, in total and by part (factors, TF-IDF index, history, ...).
 */
@RegisterForReflection
public record ModelView(long version, Instant fittedAt, int users, int shoes, long interactions,
        String collaborativeModel, BlendWeights blendWeights, Map<String, Map<String, Double>> validation,
        Map<String, Map<String, String>> hyperParameters, Map<String, Long> fitMillis, long memoryBytes,
        Map<String, Long> memoryBytesByPart) {

    public static ModelView of(ServedModel model) {
        var stats = model.stats();
        return new ModelView(model.version(), model.fittedAt(), stats.users(), stats.shoes(),
                stats.interactions(), stats.collaborativeModel(), stats.blendWeights(), stats.validation(),
                stats.hyperParameters(), stats.fitMillis(), stats.memoryBytes(), model.memoryByPart());
    }
}
