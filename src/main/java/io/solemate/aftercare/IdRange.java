package io.solemate.aftercare;

import java.util.ArrayList;
import java.util.List;

/** Purchase ids {@code from} (inclusive) to {@code to} (exclusive): the unit of work of one batch. */
record IdRange(long from, long to) {

    /** Ranges of {@code size} ids covering {@code first..last}; none when {@code last < first}. */
    static List<IdRange> covering(long first, long last, int size) {
        List<IdRange> ranges = new ArrayList<>();
        for (long from = first; from <= last; from += size) {
            ranges.add(new IdRange(from, Math.min(from + size, last + 1)));
        }
        return ranges;
    }
}
