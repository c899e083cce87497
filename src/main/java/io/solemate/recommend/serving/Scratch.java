package io.solemate.recommend.serving;

/**
 * Per-thread working arrays of one model's requests, sized to its catalogue and vocabulary. A request at store scale
 * would otherwise allocate about a megabyte of score arrays, which under load is mostly garbage-collector work.
 * Every user overwrites what it reads, except {@code owned}, which is cleared after each use.
 */
public final class Scratch {

    final int[] candidates;
    final boolean[] owned;
    /** Raw scores per {@link Component}, indexed by shoe. */
    final double[][] raw;
    /** Float sums of a factor model, widened into {@link #raw}. */
    final float[] factorSums;
    final float[] query;
    /** Blended scores packed by candidate position. */
    final double[] blended;
    final double[] similarity;

    public Scratch(int items, int terms) {
        candidates = new int[items];
        owned = new boolean[items];
        raw = new double[Component.values().length][items];
        factorSums = new float[items];
        query = new float[terms];
        blended = new double[items];
        similarity = new double[items];
    }
}
