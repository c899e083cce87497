package io.solemate.aftercare;

import java.util.ArrayList;
import java.util.List;

/** Purchase ids {@code from} (inclusive) to {@code to} (exclusive): the unit of work of one batch. */
public record IdRange(long from, long to) {

    /** Ranges of {@code size} ids covering this one, in order; none when it is empty. */
    public List<IdRange> split(int size) {
        List<IdRange> ranges = new ArrayList<>();
        for (long start = from; start < to; start += size) {
            ranges.add(new IdRange(start, Math.min(start + size, to)));
        }
        return ranges;
    }
}
