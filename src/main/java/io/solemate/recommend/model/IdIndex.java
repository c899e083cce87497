package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/** Maps sparse database ids to dense indexes 0..n-1 (sorted ids, binary search) and back. */
public final class IdIndex {

    private final long[] ids;

    private IdIndex(long[] sortedDistinctIds) {
        this.ids = sortedDistinctIds;
    }

    /** Builds the index over the distinct values of {@code ids[0..count)}. */
    public static IdIndex of(long[] ids, int count) {
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

    public static IdIndex ofSorted(long[] sortedDistinctIds) {
        return new IdIndex(sortedDistinctIds);
    }

    /** Dense index of the id, or -1 when unknown. */
    public int indexOf(long id) {
        int i = Arrays.binarySearch(ids, id);
        return i >= 0 ? i : -1;
    }

    public int size() {
        return ids.length;
    }

    /** A copy of the ids in index order. */
    public long[] ids() {
        return ids.clone();
    }

    public void writeTo(DataOutput out) throws IOException {
        Binary.writeLongs(out, ids);
    }

    public static IdIndex readFrom(DataInput in) throws IOException {
        return ofSorted(Binary.readLongs(in));
    }

    public long memoryBytes() {
        return 16L + 8L * ids.length;
    }
}
