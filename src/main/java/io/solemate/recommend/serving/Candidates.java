package io.solemate.recommend.serving;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.InteractionMatrix;
import java.util.Arrays;

/**
 * The shoes one ranking may return, as ascending dense indexes in {@code items[0..size)}. Ascending matters: the
 * blend packs scores by candidate position, and top-K's lower-index-first tie-break then picks the same shoes as
 * over the whole catalogue.
 */
public record Candidates(int[] items, int size, long[] members) {

    /** Candidates without a membership mask: {@link #contains} searches the items. */
    public Candidates(int[] items, int size) {
        this(items, size, null);
    }

    /** Whether the shoe is a candidate: one bit when the set carries its mask, else a binary search. */
    public boolean contains(int item) {
        return members != null ? (members[item >>> 6] >>> item & 1L) != 0
                : Arrays.binarySearch(items, 0, size, item) >= 0;
    }

    /**
     * Active shoes the request's {@link Eligibility} admits: passing its filter (the shopper's gender, size and the
     * stock rule folded in; its mask from {@code eligibleMasks}) and, when asked, of no style the shopper owns
     * (bought in the history or named).
     */
    static Candidates forRequest(Catalog catalog, ShoeMasks<ShoeFilter> eligibleMasks, InteractionMatrix history,
                                 int user, RecommendationQuery query, Scratch scratch) {
        Eligibility eligibility = query.eligibility();
        boolean[] ownedStyles = scratch.ownedStyles;
        if (eligibility.excludeOwnedStyles()) {
            for (Long id : query.ownedShoeIds()) {
                int i = catalog.index().indexOf(id);
                if (i >= 0) {
                    ownedStyles[catalog.styleOf(i)] = true;
                }
            }
            if (user >= 0) {
                for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
                    if (history.strongestKind(k) == EventKind.PURCHASE) {
                        ownedStyles[catalog.styleOf(history.colIndex(k))] = true;
                    }
                }
            }
        }
        long[] mask = eligibleMasks.of(eligibility.filterFor(query.filter(), query.profile()));
        int[] out = scratch.candidates;
        long[] members = scratch.candidateMask;
        int n = 0;
        for (int w = 0; w < mask.length; w++) {
            long kept = 0;
            for (long bits = mask[w]; bits != 0; bits &= bits - 1) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                if (!ownedStyles[catalog.styleOf(i)]) {
                    out[n++] = i;
                    kept |= 1L << i;
                }
            }
            members[w] = kept;
        }
        if (eligibility.excludeOwnedStyles()) {
            Arrays.fill(ownedStyles, false);
        }
        return new Candidates(out, n, members);
    }

    /**
     * Active shoes not marked {@code excluded}: what validation and the offline evaluation rank, every shoe the
     * shopper has not interacted with in training.
     */
    public static Candidates excluding(Catalog catalog, boolean[] excluded, int[] buffer) {
        int n = 0;
        for (int i = 0; i < catalog.size(); i++) {
            if (!excluded[i] && catalog.shoe(i).active()) {
                buffer[n++] = i;
            }
        }
        return new Candidates(buffer, n);
    }
}
