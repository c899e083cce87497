package io.solemate.recommend.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.recommend.serving.BlendWeights;
import io.solemate.recommend.serving.PrecomputedAnswers;
import io.solemate.recommend.serving.ServedModel;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The served model: version, age, sizes, the last fit's validation metrics, the hyper-parameters its search chose
 * per component (with their validation scores), the blend it chose and its estimated
 * heap footprint, in total and by part (factors, TF-IDF index, history, ...).
 */
@RegisterForReflection
public record ModelView(long version, Instant fittedAt, int users, int shoes, long interactions,
        String collaborativeModel, BlendWeights blendWeights, Map<String, Map<String, Double>> validation,
        Map<String, Map<String, String>> hyperParameters, Map<String, Long> fitMillis, long memoryBytes,
        Map<String, Long> memoryBytesByPart, @Schema(nullable = true) Precomputed precomputed) {

    /** The model's own parts; {@code answers} those ranked ahead of time for it, null when there are none. */
    public static ModelView of(ServedModel model, PrecomputedAnswers answers) {
        var stats = model.stats();
        return new ModelView(model.version(), model.fittedAt(), stats.users(), stats.shoes(),
                stats.interactions(), stats.collaborativeModel(), stats.blendWeights(), stats.validation(),
                stats.hyperParameters(), stats.fitMillis(), stats.memoryBytes(), model.memoryByPart(),
                answers == null ? null : new Precomputed(answers.depth(), answers.customers(), answers.done(),
                        answers.kept(), answers.memoryBytes()));
    }

    /**
     * Default recommendations ranked ahead of time: picks kept per customer, customers in the directory, customers
     * ranked so far and of those the ones whose answer is kept (the others are ranked per request), heap bytes.
     */
    @RegisterForReflection
    public record Precomputed(int depth, int customers, int ranked, int kept, long memoryBytes) {
    }
}
