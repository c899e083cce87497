package io.solemate.recommend.model;

import java.util.Arrays;

/**
 * Partial selection of the best {@code k} entries of a score array with a bounded min-heap: O(n log k), no sort of
 * the whole array. Entries scored NaN or -infinity are never selected, so callers mark excluded items that way.
 */
public final class TopK {

    /** Every {@value #SAMPLE_STRIDE}-th candidate is sampled, when there are at least this many per pick. */
    private static final int SAMPLED_FROM = 16;
    private static final int SAMPLE_STRIDE = 8;

    private TopK() {
    }

    /** Indexes of the {@code k} highest scores, best first (ties: lower index first). */
    public static int[] select(double[] scores, int k) {
        return select(scores, scores.length, k);
    }

    /** As {@link #select(double[], int)} over the first {@code length} scores only. */
    public static int[] select(double[] scores, int length, int k) {
        int[] heap = new int[Math.max(0, Math.min(k, length))];
        if (heap.length == 0) {
            return heap;
        }
        int size = 0;
        // Indexes arrive in increasing order, so a later tie never beats the heap's worst: a plain '>' against the
        // cached worst score is the whole test for almost every element.
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            double s = scores[i];
            if (!(s > worst) && size == heap.length || !(s > Double.NEGATIVE_INFINITY)) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = i;
                siftUp(heap, size++, scores);
            } else {
                heap[0] = i;
                siftDown(heap, size, scores);
            }
            if (size == heap.length) {
                worst = scores[heap[0]];
            }
        }
        // Pop the heap from the back: the worst leaves first, so the result ends up best first.
        int[] result = new int[size];
        for (int n = size; n > 0; n--) {
            result[n - 1] = heap[0];
            heap[0] = heap[n - 1];
            siftDown(heap, n - 1, scores);
        }
        return result;
    }

    /**
     * The {@code k} best of {@code items[0..n)} (ascending item indexes) by {@code scores[item]}, best first (ties:
     * lower index first). Linear whatever the order the scores come in: survivors of a running threshold gather in
     * a buffer of 2k packed keys, which is cut back to its best k by a quickselect whenever it fills. The heap of
     * {@link #select(double[], int, int)} degrades to a sift per element when scores rise along the index, as a
     * factor model's do when newer shoes are the more popular ones.
     */
    public static int[] select(float[] scores, int[] items, int n, int k) {
        if (k <= 0 || n == 0) {
            return new int[0];
        }
        if (n < SAMPLED_FROM * k) {
            return select(scores, items, n, k, Float.NEGATIVE_INFINITY, new int[1]);
        }
        // With scores rising along the index nearly every shoe beats the running threshold and the buffer fills every
        // k shoes. A bar taken from a sample skips most of them from the start; it is only a bar, so the answer stays
        // exact whenever at least k shoes clear it, and the rare sample that sets it too high costs a second pass.
        float floor = sampledFloor(scores, items, n, k);
        int[] belowFloor = new int[1];
        int[] top = select(scores, items, n, k, floor, belowFloor);
        return top.length == k || belowFloor[0] == 0 ? top
                : select(scores, items, n, k, Float.NEGATIVE_INFINITY, belowFloor);
    }

    /**
     * A score about 2k shoes clear: the sample's (k/4 + 4)-th best. Each sampled shoe stands for
     * {@value #SAMPLE_STRIDE}, so twice as many shoes as needed are expected above it.
     */
    private static float sampledFloor(float[] scores, int[] items, int n, int k) {
        int m = (n + SAMPLE_STRIDE - 1) / SAMPLE_STRIDE;
        long[] sample = new long[m];
        int size = 0;
        for (int c = 0; c < n; c += SAMPLE_STRIDE) {
            float s = scores[items[c]];
            if (s > Float.NEGATIVE_INFINITY) {
                sample[size++] = key(s, items[c]);
            }
        }
        int rank = k / 4 + 4;
        return size < rank ? Float.NEGATIVE_INFINITY : score(keepLargest(sample, size, rank));
    }

    /**
     * The buffered selection over the shoes scoring at least {@code floor}; counts in {@code belowFloor[0]} the
     * scored shoes the floor itself turned away (none: the answer is exact even if short of k).
     */
    private static int[] select(float[] scores, int[] items, int n, int k, float floor, int[] belowFloor) {
        long[] buffer = new long[2 * k];
        int size = 0;
        float threshold = floor;
        long thresholdKey = Long.MIN_VALUE;
        for (int c = 0; c < n; c++) {
            float s = scores[items[c]];
            if (s < threshold || !(s > Float.NEGATIVE_INFINITY)) {
                if (s < floor && s > Float.NEGATIVE_INFINITY) {
                    belowFloor[0]++;
                }
                continue;
            }
            long key = key(s, items[c]);
            if (key <= thresholdKey) {
                continue;
            }
            buffer[size++] = key;
            if (size == buffer.length) {
                // The best k to the front; the k-th best becomes the bar later keys must beat.
                thresholdKey = keepLargest(buffer, size, k);
                threshold = score(thresholdKey);
                size = k;
            }
        }
        Arrays.sort(buffer, 0, size);
        int[] result = new int[Math.min(k, size)];
        for (int r = 0; r < result.length; r++) {
            result[r] = ~(int) buffer[size - 1 - r];
        }
        return result;
    }

    /**
     * Rearranges {@code keys[0..n)} so that its {@code k} largest are in {@code keys[0..k)} (in no order) and
     * returns the smallest of them: Hoare's quickselect, expected linear.
     */
    private static long keepLargest(long[] keys, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        int target = k - 1;
        while (lo < hi) {
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] > pivot) {
                    i++;
                }
                while (keys[j] < pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = keys[i];
                    keys[i++] = keys[j];
                    keys[j--] = t;
                }
            }
            if (target <= j) {
                hi = j;
            } else if (target >= i) {
                lo = i;
            } else {
                break;
            }
        }
        long smallest = Long.MAX_VALUE;
        for (int c = 0; c < k; c++) {
            smallest = Math.min(smallest, keys[c]);
        }
        return smallest;
    }

    /** Orders as (score, then lower index): the float's bits made sortable as an int, above the inverted index. */
    private static long key(float score, int item) {
        int bits = Float.floatToRawIntBits(score);
        bits ^= (bits >> 31) & 0x7fffffff;
        return ((long) bits << 32) | (~item & 0xffffffffL);
    }

    private static float score(long key) {
        int bits = (int) (key >> 32);
        bits ^= (bits >> 31) & 0x7fffffff;
        return Float.intBitsToFloat(bits);
    }

    private static boolean better(int a, int b, double[] scores) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    }

    private static void siftUp(int[] heap, int pos, double[] scores) {
        int item = heap[pos];
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!better(heap[parent], item, scores)) {
                break;
            }
            heap[pos] = heap[parent];
            pos = parent;
        }
        heap[pos] = item;
    }

    private static void siftDown(int[] heap, int size, double[] scores) {
        if (size == 0) {
            return;
        }
        int pos = 0;
        int item = heap[0];
        while (true) {
            int child = 2 * pos + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && better(heap[child], heap[child + 1], scores)) {
                child++;
            }
            if (!better(item, heap[child], scores)) {
                break;
            }
            heap[pos] = heap[child];
            pos = child;
        }
        heap[pos] = item;
    }
}
