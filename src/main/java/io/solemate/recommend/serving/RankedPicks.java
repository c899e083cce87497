package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.ShoeInfo;
import java.util.List;
import java.util.Objects;

/**
 * Picks of one served model, best first: each a catalogue index with its score and three shares as floats (the
 * precision the API writes) and its reason. A window onto the arrays that keep answers ranked ahead of time
 * ({@link PrecomputedAnswers}), so that serving a kept answer copies and looks up nothing, or onto arrays of its own
 * for an answer ranked per request. Read-only.
 */
public final class RankedPicks {

    private final Catalog catalog;
    private final int[] items;
    private final float[] scores;
    /** Three per pick, in the order of the picks: collaborative, content, popularity. */
    private final float[] shares;
    private final Reason[] reasons;
    private final int offset;
    private final int size;

    RankedPicks(Catalog catalog, int[] items, float[] scores, float[] shares, Reason[] reasons, int offset, int size) {
        Objects.checkFromIndexSize(offset, size, items.length);
        this.catalog = catalog;
        this.items = items;
        this.scores = scores;
        this.shares = shares;
        this.reasons = reasons;
        this.offset = offset;
        this.size = size;
    }

    /** Picks ranked for one request (shoes of {@code catalog}), their scores and shares narrowed to floats. */
    public static RankedPicks of(Catalog catalog, List<Recommendation> ranked) {
        int n = ranked.size();
        int[] items = new int[n];
        float[] scores = new float[n];
        float[] shares = new float[3 * n];
        Reason[] reasons = new Reason[n];
        for (int p = 0; p < n; p++) {
            Recommendation pick = ranked.get(p);
            items[p] = catalog.index().indexOf(pick.shoeId());
            if (items[p] < 0) {
                throw new IllegalArgumentException("shoe " + pick.shoeId() + " is not in the catalogue");
            }
            scores[p] = (float) pick.score();
            shares[3 * p] = (float) pick.components().collaborative();
            shares[3 * p + 1] = (float) pick.components().content();
            shares[3 * p + 2] = (float) pick.components().popularity();
            reasons[p] = pick.reason();
        }
        return new RankedPicks(catalog, items, scores, shares, reasons, 0, n);
    }

    /** The catalogue the picks index: the served model's, as of its fit. */
    public Catalog catalog() {
        return catalog;
    }

    public int size() {
        return size;
    }

    /** The catalogue index of pick {@code p}. */
    public int shoeIndex(int p) {
        return items[offset + Objects.checkIndex(p, size)];
    }

    public ShoeInfo shoe(int p) {
        return catalog.shoe(shoeIndex(p));
    }

    public float score(int p) {
        return scores[offset + Objects.checkIndex(p, size)];
    }

    public float collaborative(int p) {
        return shares[3 * (offset + Objects.checkIndex(p, size))];
    }

    public float content(int p) {
        return shares[3 * (offset + Objects.checkIndex(p, size)) + 1];
    }

    public float popularity(int p) {
        return shares[3 * (offset + Objects.checkIndex(p, size)) + 2];
    }

    public Reason reason(int p) {
        return reasons[offset + Objects.checkIndex(p, size)];
    }
}
