package io.solemate.recommend.training;

import io.solemate.interactions.EventKind;
import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.InteractionAggregates;
import io.solemate.recommend.model.InteractionMatrix;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * The validation users of one fit and, for each, the positives held out from training in the two shapes of the
 * offline evaluation: a seeded random 20% ({@link #random}) and the latest 20% by time ({@link #temporal}), the same
 * count each. Positives are entries stronger than a view. At most half of the eligible shoppers (two positives or
 * more) are drawn, so training keeps most of the signal.
 */
record ValidationSplit(int[] users, int[][] random, int[][] temporal) {

    static final double HOLD_OUT_SHARE = 0.2;
    static final int MIN_USERS = 20;

    /** Null when fewer than {@link #MIN_USERS} shoppers could be drawn (or none were asked for). */
    static ValidationSplit draw(InteractionMatrix full, InteractionAggregates events, Catalog catalog, IdIndex userIndex,
                                int maxUsers, long seed) {
        int eligible = 0;
        for (int u = 0; u < full.rows(); u++) {
            eligible += positives(full, u) >= 2 ? 1 : 0;
        }
        int wanted = Math.min(maxUsers, eligible / 2);
        if (wanted < MIN_USERS) {
            return null;
        }
        Random random = new Random(seed);
        int[] order = new int[full.rows()];
        for (int u = 0; u < order.length; u++) {
            order[u] = u;
        }
        shuffle(order, order.length, random);
        int[] users = new int[wanted];
        int n = 0;
        for (int u : order) {
            if (n < wanted && positives(full, u) >= 2) {
                users[n++] = u;
            }
        }
        Arrays.sort(users);
        Map<Long, Long> firstPositive = firstPositiveTimes(events, catalog, userIndex, users, full.cols());
        int[][] randomHeld = new int[wanted][];
        int[][] temporalHeld = new int[wanted][];
        for (int v = 0; v < wanted; v++) {
            int u = users[v];
            int[] items = new int[positives(full, u)];
            int count = 0;
            for (int k = full.rowStart(u); k < full.rowEnd(u); k++) {
                if (full.strongestKind(k) != EventKind.VIEW) {
                    items[count++] = full.colIndex(k);
                }
            }
            int hold = Math.max(1, (int) Math.round(HOLD_OUT_SHARE * count));
            int[] shuffled = items.clone();
            shuffle(shuffled, count, random);
            randomHeld[v] = sorted(Arrays.copyOf(shuffled, hold));
            long base = (long) u * full.cols();
            // Latest first by first-positive time; ties by the higher shoe index, so the order is total.
            Integer[] byTime = Arrays.stream(items).boxed().toArray(Integer[]::new);
            Arrays.sort(byTime, (a, b) -> {
                int c = Long.compare(firstPositive.getOrDefault(base + b, Long.MIN_VALUE),
                        firstPositive.getOrDefault(base + a, Long.MIN_VALUE));
                return c != 0 ? c : Integer.compare(b, a);
            });
            int[] latest = new int[hold];
            for (int h = 0; h < hold; h++) {
                latest[h] = byTime[h];
            }
            temporalHeld[v] = sorted(latest);
        }
        return new ValidationSplit(users, randomHeld, temporalHeld);
    }

    /** The entries of {@code m} (CSR order) that {@code heldOut} removes; rows list their columns ascending. */
    boolean[] mask(InteractionMatrix m, int[][] heldOut) {
        boolean[] drop = new boolean[m.nnz()];
        for (int v = 0; v < users.length; v++) {
            int u = users[v];
            for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
                if (Arrays.binarySearch(heldOut[v], m.colIndex(k)) >= 0) {
                    drop[k] = true;
                }
            }
        }
        return drop;
    }

    private static int positives(InteractionMatrix m, int u) {
        int count = 0;
        for (int k = m.rowStart(u); k < m.rowEnd(u); k++) {
            count += m.strongestKind(k) != EventKind.VIEW ? 1 : 0;
        }
        return count;
    }

    /**
     * For the drawn users only: (user x items + item) to the time of its first non-view events (the interactions
     * are folded by day and kind: the mean time of that day's).
     */
    private static Map<Long, Long> firstPositiveTimes(InteractionAggregates events, Catalog catalog, IdIndex userIndex,
                                                      int[] users, int items) {
        Map<Long, Long> first = new HashMap<>();
        for (int e = 0; e < events.size(); e++) {
            EventKind kind = events.kind(e);
            if (kind == EventKind.VIEW || kind == EventKind.RETURN) {
                continue;
            }
            int u = userIndex.indexOf(events.userId(e));
            if (u < 0 || Arrays.binarySearch(users, u) < 0) {
                continue;
            }
            int item = catalog.index().indexOf(events.shoeId(e));
            if (item >= 0) {
                first.merge((long) u * items + item, Math.round(events.meanEpochSecond(e)), Math::min);
            }
        }
        return first;
    }

    private static int[] sorted(int[] a) {
        Arrays.sort(a);
        return a;
    }

    private static void shuffle(int[] a, int n, Random random) {
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }
}
