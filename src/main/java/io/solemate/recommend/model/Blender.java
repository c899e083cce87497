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
        Range range = Range.over(scores, candidates, n);
        for (int c = 0; c < n; c++) {
            int i = candidates[c];
            normalized[i] = range.normalize(scores[i]);
        }
        return normalized;
    }

    /**
     * Min-max rescaling of one component, found over the candidates and applied one score at a time. It multiplies
     * by the reciprocal of the range: a division per shoe and component was a tenth of a request's cost.
     */
    record Range(double min, double scale) {

        static final Range NONE = new Range(0, 0);

        /** The range of the candidates' scores. Plain comparisons: scores are never NaN, and Math.min/max pay for it. */
        static Range over(double[] scores, int[] candidates, int n) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                double s = scores[candidates[c]];
                min = s < min ? s : min;
                max = s > max ? s : max;
            }
            return of(min, max, n);
        }

        static Range over(float[] scores, int[] candidates, int n) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                float s = scores[candidates[c]];
                min = s < min ? s : min;
                max = s > max ? s : max;
            }
            return of(min, max, n);
        }

        static Range of(double min, double max, int n) {
            double range = max - min;
            return n == 0 || !(range > 0) ? NONE : new Range(min, 1 / range);
        }

        double normalize(double score) {
            return scale == 0 ? 0 : (score - min) * scale;
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
