package io.solemate.recommend.model;

/** Per-request normalization of component scores and their weighted combination. */
final class Blender {

    private Blender() {
    }

    /**
     * Rescales {@code scores} to [0, 1] over the candidates (min-max), in place; constant or missing (null) scores
     * become all zeros, so a component with nothing to say adds nothing.
     */
    static double[] minMax(double[] scores, int[] candidates, int n, int items) {
        double[] normalized = scores == null ? new double[items] : scores;
        if (scores == null) {
            return normalized;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < n; c++) {
            double s = scores[candidates[c]];
            min = Math.min(min, s);
            max = Math.max(max, s);
        }
        Range range = new Range(min, max - min);
        for (int c = 0; c < n; c++) {
            int i = candidates[c];
            normalized[i] = range.normalize(scores[i]);
        }
        return normalized;
    }

    /** Min-max rescaling of one component, found over the candidates and applied one score at a time. */
    record Range(double min, double range) {

        static final Range NONE = new Range(0, 0);

        double normalize(double score) {
            return range > 0 ? (score - min) / range : 0;
        }
    }

    /** out[i] = weighted sum of the normalized components for candidates, -infinity elsewhere. */
    static void combine(BlendWeights w, double[] collaborative, double[] content, double[] popularity,
                        int[] candidates, int n, double[] out) {
        java.util.Arrays.fill(out, Double.NEGATIVE_INFINITY);
        for (int c = 0; c < n; c++) {
            int i = candidates[c];
            out[i] = w.collaborative() * collaborative[i] + w.content() * content[i]
                    + w.popularity() * popularity[i];
        }
    }
}
