package io.solemate.recommend.model;

/**
 * Per-thread working arrays of one snapshot's requests, sized to its catalogue and vocabulary. A request at store
 * scale would otherwise allocate about a megabyte of score arrays, which under load is mostly garbage-collector work.
 * Every user overwrites what it reads, except {@code owned}, which is cleared after each use.
 */
final class Scratch {

    final int[] candidates;
    final boolean[] owned;
    final float[] firstCollaborative;
    final float[] secondCollaborative;
    final double[] content;
    final double[] blended;
    final float[] query;

    Scratch(int items, int terms) {
        candidates = new int[items];
        owned = new boolean[items];
        firstCollaborative = new float[items];
        secondCollaborative = new float[items];
        content = new double[items];
        blended = new double[items];
        query = new float[terms];
    }
}
