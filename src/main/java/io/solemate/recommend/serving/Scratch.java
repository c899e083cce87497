package io.solemate.recommend.serving;

import java.util.Arrays;

/**
 * Per-thread working arrays of one model's requests, sized to its catalogue and vocabulary. A request at store scale
 * would otherwise allocate about a megabyte of score arrays, which under load is mostly garbage-collector work.
 * Every user overwrites what it reads, except {@code ownedStyles} and {@code bestOfStyle}, which are reset after each
 * use.
 */
public final class Scratch {

    final int[] candidates;
    /** Bit i set when shoe i is among {@link #candidates}. */
    final long[] candidateMask;
    /** Per style: owned by the shopper of the request. */
    final boolean[] ownedStyles;
    /** Per style: the candidate position of its best-scored colourway so far, -1 for none. */
    final int[] bestOfStyle;
    /** Raw scores per {@link Component}, indexed by shoe. */
    final double[][] raw;
    /**
     * Per factor {@link Component}, the scores of every shoe for shopper {@link #factorScoresOf} by the parts
     * {@link #factorScoresFrom}: retrieval's top-N and the blend read the same pass. Keyed by the parts as well as the
     * shopper, so parts made for one request (a customer's own factors) never see another's scores.
     */
    final float[][] factorScores;
    final int[] factorScoresOf;
    final ModelParts[] factorScoresFrom;
    /**
     * The item-to-item scores of every shoe for shopper {@link #itemItemOf} by the parts {@link #itemItemFrom}
     * (allocated on first use): retrieval and the blend read one pass over the shopper's history.
     */
    double[] itemItemScores;
    int itemItemOf = -1;
    ModelParts itemItemFrom;
    /** Retrieval's picks, and the mask that keeps them distinct. */
    final int[] picked;
    final long[] pickedMask;
    /** A packed array of scores, the shoes behind it, and the positions 0, 1, 2, ... to select from it by. */
    final float[] packedScores;
    final int[] candidatesScored;
    final int[] positions;
    final float[] query;
    /** Blended scores packed by candidate position. */
    final double[] blended;
    final double[] similarity;

    public Scratch(int items, int terms, int styles) {
        candidates = new int[items];
        candidateMask = new long[(items + 63) >>> 6];
        ownedStyles = new boolean[styles];
        bestOfStyle = new int[styles];
        Arrays.fill(bestOfStyle, -1);
        raw = new double[Component.values().length][items];
        factorScores = new float[Component.values().length][];
        factorScoresOf = new int[Component.values().length];
        factorScoresFrom = new ModelParts[Component.values().length];
        Arrays.fill(factorScoresOf, -1);
        picked = new int[items];
        pickedMask = new long[(items + 63) >>> 6];
        packedScores = new float[items];
        candidatesScored = new int[items];
        positions = new int[items];
        Arrays.setAll(positions, p -> p);
        query = new float[terms];
        blended = new double[items];
        similarity = new double[items];
    }
}
