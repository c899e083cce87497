package io.solemate.recommend.serving;

import java.util.Locale;

/**
 * How one component's raw scores are put on a common scale over a request's candidates before they are weighted:
 * a blend only makes sense when a point of one component is worth as much as a point of another.
 */
public enum Normalization {
    /** (s - min) / (max - min): the best candidate 1, the worst 0. */
    MINMAX;

    /** The mapping of one component's scores over {@code candidates[0..n)}. */
    Scale fit(double[] raw, int[] candidates, int n) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        // Plain comparisons: scores are never NaN, and Math.min/max pay for the NaN rule.
        for (int c = 0; c < n; c++) {
            double s = raw[candidates[c]];
            min = s < min ? s : min;
            max = s > max ? s : max;
        }
        return Scale.of(min, max - min, n);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Normalization ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /**
     * normalize(s) = (s - offset) * factor. It multiplies by a reciprocal: a division per shoe and component was a
     * tenth of a request's cost. A constant component maps to zero, so a component with nothing to say adds nothing.
     */
    record Scale(double offset, double factor) {

        static final Scale NONE = new Scale(0, 0);

        static Scale of(double offset, double spread, int n) {
            return n == 0 || !(spread > 0) ? NONE : new Scale(offset, 1 / spread);
        }

        double normalize(double score) {
            // Never (s - offset) * 0, which is -0.0 for a negative score and prints so in the JSON.
            return factor == 0 ? 0 : (score - offset) * factor;
        }
    }
}
