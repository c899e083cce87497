package io.solemate.recommend.model;

/**
 * The collaborative component as chosen by validation: PureSVD, ALS, or both averaged after normalization.
 * Missing models are null.
 */
final class Collaborative {

    enum Choice {
        PURE_SVD("PureSVD"), ALS("ALS"), BOTH("both");

        final String label;

        Choice(String label) {
            this.label = label;
        }

        static Choice ofLabel(String label) {
            for (Choice c : values()) {
                if (c.label.equals(label)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown collaborative model " + label);
        }
    }

    private final Choice choice;
    private final PureSvd svd;
    private final ImplicitAls als;

    Collaborative(Choice choice, PureSvd svd, ImplicitAls als) {
        if ((choice != Choice.ALS && svd == null) || (choice != Choice.PURE_SVD && als == null)) {
            throw new IllegalArgumentException(choice + " needs its fitted models");
        }
        this.choice = choice;
        this.svd = choice == Choice.ALS ? null : svd;
        this.als = choice == Choice.PURE_SVD ? null : als;
    }

    Choice choice() {
        return choice;
    }

    PureSvd svd() {
        return svd;
    }

    ImplicitAls als() {
        return als;
    }

    /** Collaborative scores for the user, normalized to [0, 1] over the candidates. */
    double[] normalizedScores(int user, int[] candidates, int n, int items) {
        double[] out = new double[items];
        if (choice == Choice.BOTH) {
            svd.score(user, out);
            Blender.minMax(out, candidates, n, items);
            double[] other = new double[items];
            als.score(user, other);
            Blender.minMax(other, candidates, n, items);
            for (int c = 0; c < n; c++) {
                int i = candidates[c];
                out[i] = 0.5 * (out[i] + other[i]);
            }
            return out;
        }
        (choice == Choice.ALS ? als : svd).score(user, out);
        return Blender.minMax(out, candidates, n, items);
    }

    /** True when the component is the average of two normalized models (PureSVD's and ALS's). */
    boolean averagesTwo() {
        return choice == Choice.BOTH;
    }

    /**
     * Raw scores of every item into caller buffers without allocating per item: the chosen model's into
     * {@code first}; for BOTH, PureSVD's into {@code first} and ALS's into {@code second}, to be normalized
     * separately and averaged as {@link #normalizedScores} does.
     */
    void rawScores(int user, float[] first, float[] second) {
        if (choice == Choice.ALS) {
            als.itemFactors().scoreAll(als.userFactors()[user], first);
            return;
        }
        svd.factors().scoreAll(svd.userVector(user), first);
        if (choice == Choice.BOTH) {
            als.itemFactors().scoreAll(als.userFactors()[user], second);
        }
    }

    /** Raw score of one item: ALS's when fitted (its scale is stable across users), else PureSVD's. */
    double rawScore(int user, int item) {
        return als != null ? als.score(user, item) : svd.score(user, item);
    }

    long memoryBytes() {
        return (svd == null ? 0 : svd.factors().memoryBytes()) + (als == null ? 0 : als.memoryBytes());
    }
}
