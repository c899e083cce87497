package io.solemate.recommend.model;

import java.util.Arrays;

/** Maps sparse database ids to dense indexes 0..n-1 (sorted ids, binary search) and back. */
final class IdIndex {

    private final long[] ids;

    private IdIndex(long[] sortedDistinctIds) {
        this.ids = sortedDistinctIds;
    }

    /** Builds the index over the distinct values of {@code ids[0..count)}. */
    static IdIndex of(long[] ids, int count) {
        long[] sorted = Arrays.copyOf(ids, count);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return new IdIndex(Arrays.copyOf(sorted, distinct));
    }

    static IdIndex ofSorted(long[] sortedDistinctIds) {
        return new IdIndex(sortedDistinctIds);
    }

    /** Dense index of the id, or -1 when unknown. */
    int indexOf(long id) {
        int i = Arrays.binarySearch(ids, id);
        return i >= 0 ? i : -1;
    }

    long idAt(int index) {
        return ids[index];
    }

    int size() {
        return ids.length;
    }

    long[] ids() {
        return ids;
    }
}
