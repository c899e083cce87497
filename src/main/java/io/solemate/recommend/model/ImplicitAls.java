package io.solemate.recommend.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Implicit-feedback ALS (Hu, Koren, Volinsky 2008): preference 1 for every observed entry with confidence
 * {@code 1 + alpha * value}, and each least-squares system solved approximately by three warm-started
 * conjugate-gradient steps (Takacs, Pilaszy, Tikk 2011) instead of a k x k factorization per row.
 */
final class ImplicitAls implements ItemScorer {

    private static final int CG_STEPS = 3;
    private static final int ROWS_PER_TASK = 64;

    private final int k;
    private final float[] userFactors;
    private final ItemFactors itemFactors;

    ImplicitAls(int k, float[] userFactors, ItemFactors itemFactors) {
        this.k = k;
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
    }

    static ImplicitAls fit(InteractionMatrix a, int k, int iterations, float regularization, float alpha,
                           int threads, long seed) {
        int users = a.rows();
        int items = a.cols();
        Random random = new Random(seed);
        float[] x = new float[users * k];
        float[] y = new float[items * k];
        float scale = (float) (0.1 / Math.sqrt(k));
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (random.nextGaussian() * scale);
        }
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextGaussian() * scale);
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            Side usersSide = new Side(users, a.rowPtrArray(), a.colIdxArray(), a.valuesArray());
            Side itemsSide = new Side(items, a.colPtrArray(), a.rowIdxArray(), a.colValuesArray());
            for (int it = 0; it < iterations; it++) {
                solve(usersSide, x, y, k, regularization, alpha, pool, threads);
                solve(itemsSide, y, x, k, regularization, alpha, pool, threads);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new ImplicitAls(k, x, ItemFactors.fromItemMajor(k, items, y));
    }

    int k() {
        return k;
    }

    float[] userFactors() {
        return userFactors;
    }

    ItemFactors itemFactors() {
        return itemFactors;
    }

    @Override
    public void score(int user, double[] out) {
        itemFactors.scoreAll(userVector(user), out);
    }

    double score(int user, int item) {
        return itemFactors.score(userVector(user), item);
    }

    float[] userVector(int user) {
        float[] v = new float[k];
        System.arraycopy(userFactors, user * k, v, 0, k);
        return v;
    }

    /** One side of the bipartite matrix: for each solved row, the entries linking it to the fixed side. */
    private record Side(int count, int[] ptr, int[] other, float[] value) {
    }

    /** Re-solves every row of {@code solved} against the fixed factors {@code fixed} (both row-major, k wide). */
    private static void solve(Side side, float[] solved, float[] fixed, int k, float reg, float alpha,
                              ExecutorService pool, int threads) {
        float[] gram = gram(fixed, k, reg);
        AtomicInteger nextRow = new AtomicInteger();
        Runnable worker = () -> {
            float[] scratch = new float[4 * k];
            int from;
            while ((from = nextRow.getAndAdd(ROWS_PER_TASK)) < side.count()) {
                int to = Math.min(side.count(), from + ROWS_PER_TASK);
                for (int row = from; row < to; row++) {
                    conjugateGradient(side, row, solved, fixed, gram, k, alpha, scratch);
                }
            }
        };
        if (pool == null) {
            worker.run();
            return;
        }
        List<Future<?>> running = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(worker));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ALS fit interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("ALS fit failed", e.getCause());
            }
        }
    }

    /** F^T F + reg * I for the fixed factors F, row-major k x k. */
    private static float[] gram(float[] factors, int k, float reg) {
        int rows = factors.length / k;
        double[] g = new double[k * k];
        for (int r = 0; r < rows; r++) {
            int base = r * k;
            for (int a = 0; a < k; a++) {
                double fa = factors[base + a];
                if (fa == 0) {
                    continue;
                }
                int ga = a * k;
                for (int b = a; b < k; b++) {
                    g[ga + b] += fa * factors[base + b];
                }
            }
        }
        float[] result = new float[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = a; b < k; b++) {
                float v = (float) g[a * k + b];
                result[a * k + b] = v;
                result[b * k + a] = v;
            }
            result[a * k + a] += reg;
        }
        return result;
    }

    /**
     * Three CG steps on (F^T C F + reg I) x = F^T C p starting from the current x, where the left side is
     * gram + sum over the row's entries of (c - 1) f f^T, never formed explicitly.
     */
    private static void conjugateGradient(Side side, int row, float[] solved, float[] fixed, float[] gram, int k,
                                          float alpha, float[] scratch) {
        int off = row * k;
        int start = side.ptr()[row];
        int end = side.ptr()[row + 1];
        float[] r = scratch;
        int pOff = k;
        int apOff = 2 * k;
        // r = b - A x, with b = sum c * f.
        multiply(side, start, end, solved, off, fixed, gram, k, alpha, scratch, apOff);
        for (int a = 0; a < k; a++) {
            r[a] = -scratch[apOff + a];
        }
        for (int e = start; e < end; e++) {
            int fo = side.other()[e] * k;
            float c = 1f + alpha * side.value()[e];
            for (int a = 0; a < k; a++) {
                r[a] += c * fixed[fo + a];
            }
        }
        float rs = 0;
        for (int a = 0; a < k; a++) {
            scratch[pOff + a] = r[a];
            rs += r[a] * r[a];
        }
        for (int step = 0; step < CG_STEPS && rs > 1e-12f; step++) {
            multiply(side, start, end, scratch, pOff, fixed, gram, k, alpha, scratch, apOff);
            float pAp = 0;
            for (int a = 0; a < k; a++) {
                pAp += scratch[pOff + a] * scratch[apOff + a];
            }
            if (!(pAp > 0)) {
                break;
            }
            float step1 = rs / pAp;
            float rsNew = 0;
            for (int a = 0; a < k; a++) {
                solved[off + a] += step1 * scratch[pOff + a];
                r[a] -= step1 * scratch[apOff + a];
                rsNew += r[a] * r[a];
            }
            float beta = rsNew / rs;
            for (int a = 0; a < k; a++) {
                scratch[pOff + a] = r[a] + beta * scratch[pOff + a];
            }
            rs = rsNew;
        }
    }

    /** out = (gram + sum (c - 1) f f^T) v, where v = vec[vOff .. vOff + k). */
    private static void multiply(Side side, int start, int end, float[] vec, int vOff, float[] fixed, float[] gram,
                                 int k, float alpha, float[] out, int outOff) {
        for (int a = 0; a < k; a++) {
            float s = 0;
            int ga = a * k;
            for (int b = 0; b < k; b++) {
                s += gram[ga + b] * vec[vOff + b];
            }
            out[outOff + a] = s;
        }
        for (int e = start; e < end; e++) {
            int fo = side.other()[e] * k;
            float dot = 0;
            for (int a = 0; a < k; a++) {
                dot += fixed[fo + a] * vec[vOff + a];
            }
            float w = alpha * side.value()[e] * dot;
            for (int a = 0; a < k; a++) {
                out[outOff + a] += w * fixed[fo + a];
            }
        }
    }

    long memoryBytes() {
        return 4L * userFactors.length + itemFactors.memoryBytes();
    }
}
