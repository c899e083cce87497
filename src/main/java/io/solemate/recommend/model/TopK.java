package io.solemate.recommend.model;

/**
 * Partial selection of the best {@code k} entries of a score array with a bounded min-heap: O(n log k), no sort of
 * the whole array. Entries scored NaN or -infinity are never selected, so callers mark excluded items that way.
 */
public final class TopK {

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
