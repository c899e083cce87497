package io.solemate.recommend.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * How a user's positives are split between training and test. Both protocols hold out 20% of each user's distinct
 * positive items (at least one when they have two or more); they differ in which.
 */
enum HoldOut {
    /** A seeded random 20%: "which of what they like can we find". */
    RANDOM("random"),
    /** The last 20% by the time of the first positive event on each item: "what do they buy next". */
    TEMPORAL("temporal");

    static final double SHARE = 0.2;

    private final String label;

    HoldOut(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * The held-out item ids per user, each array sorted ascending. {@code firstPositive} maps every user to their
     * positive items and the epoch second each first became positive; users are visited in id order so the draw
     * depends on the seed only.
     */
    Map<Long, long[]> draw(Map<Long, Map<Long, Long>> firstPositive, long seed) {
        Random random = new Random(seed);
        Map<Long, long[]> heldOut = new TreeMap<>();
        for (var user : new TreeMap<>(firstPositive).entrySet()) {
            Map<Long, Long> times = user.getValue();
            if (times.size() < 2) {
                continue;
            }
            List<Long> items = new ArrayList<>(times.keySet());
            items.sort(null);
            if (this == RANDOM) {
                Collections.shuffle(items, random);
            } else {
                items.sort(Comparator.comparing((Long item) -> times.get(item)).thenComparing(item -> item)
                        .reversed());
            }
            int hold = Math.max(1, (int) Math.round(SHARE * items.size()));
            heldOut.put(user.getKey(), items.subList(0, hold).stream().mapToLong(Long::longValue).sorted().toArray());
        }
        return heldOut;
    }
}
