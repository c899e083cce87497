package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.recommend.api.ModelView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The served model for the model panel; {@code model} is null before the first fit. {@code metrics} holds the last
 * fit's validation scores with bar lengths relative to the best model per metric, so small differences stay
 * visible.
 */
@RegisterForReflection
public record ModelPanel(ModelView model, List<MetricRow> metrics) {

    static final String NDCG = "ndcg@10";
    static final String RECALL = "recall@10";

    /** Validation scores of one model and their bar lengths in percent of the best. */
    @RegisterForReflection
    public record MetricRow(String model, double ndcg, double recall, int ndcgBar, int recallBar) {
    }

    public static ModelPanel of(ModelView model) {
        if (model == null) {
            return new ModelPanel(null, List.of());
        }
        Map<String, Map<String, Double>> validation = model.validation();
        double bestNdcg = best(validation, NDCG);
        double bestRecall = best(validation, RECALL);
        List<MetricRow> rows = new ArrayList<>();
        validation.forEach((name, metrics) -> {
            double ndcg = metrics.getOrDefault(NDCG, 0.0);
            double recall = metrics.getOrDefault(RECALL, 0.0);
            rows.add(new MetricRow(name, ndcg, recall, bar(ndcg, bestNdcg), bar(recall, bestRecall)));
        });
        return new ModelPanel(model, rows);
    }

    private static double best(Map<String, Map<String, Double>> validation, String metric) {
        return validation.values().stream().mapToDouble(m -> m.getOrDefault(metric, 0.0)).max().orElse(0);
    }

    private static int bar(double value, double best) {
        return best <= 0 ? 0 : (int) Math.round(100 * value / best);
    }
}
