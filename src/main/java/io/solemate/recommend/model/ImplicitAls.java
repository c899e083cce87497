package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>While fitting, every user and item vector is its own {@code float[k]}: all inner loops then index both operands
 * at the same position, which is what lets the JIT vectorize them.
 */
public final class ImplicitAls implements ItemScorer {

    private static final int CG_STEPS = 3;
    private static final int ROWS_PER_TASK = 64;

    private final float[][] userFactors;
    private final ItemFactors itemFactors;

    private ImplicitAls(float[][] userFactors, ItemFactors itemFactors) {
        this.userFactors = userFactors;
        this.itemFactors = itemFactors;
    }

    public static ImplicitAls fit(InteractionMatrix a, int k, int iterations, float regularization, float alpha,
                           int threads, long seed) {
        Random random = new Random(seed);
        float[][] x = randomVectors(a.rows(), k, random);
        float[][] y = randomVectors(a.cols(), k, random);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            Side users = new Side(a.rowPtrArray(), a.colIdxArray(), a.valuesArray());
            Side items = new Side(a.colPtrArray(), a.rowIdxArray(), a.colValuesArray());
            for (int it = 0; it < iterations; it++) {
                solve(users, x, y, k, regularization, alpha, pool, threads);
                solve(items, y, x, k, regularization, alpha, pool, threads);
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new ImplicitAls(x, ItemFactors.fromItemVectors(y, k));
    }

    /**
     * The same item factors with every user's vector re-solved against them on {@code a} (one half-sweep, warm from
     * the current vectors): after a fit on part of the history, users get factors from all of it.
     */
    public ImplicitAls withUsersSolved(InteractionMatrix a, float regularization, float alpha, int threads) {
        float[][] x = new float[userFactors.length][];
        for (int u = 0; u < x.length; u++) {
            x[u] = userFactors[u].clone();
        }
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
        try {
            solve(new Side(a.rowPtrArray(), a.colIdxArray(), a.valuesArray()), x, itemFactors.itemVectors(), k(),
                    regularization, alpha, pool, threads);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return new ImplicitAls(x, itemFactors);
    }

    private static float[][] randomVectors(int count, int k, Random random) {
        float scale = (float) (0.1 / Math.sqrt(k));
        float[][] v = new float[count][k];
        for (float[] row : v) {
            for (int f = 0; f < k; f++) {
                row[f] = (float) (random.nextGaussian() * scale);
            }
        }
        return v;
    }

    int k() {
        return itemFactors.k();
    }

    /** Factors fitted elsewhere (the Spark job): item vectors in catalogue order, no user vectors yet. */
    public static ImplicitAls ofItems(ItemFactors itemFactors) {
        return new ImplicitAls(new float[0][], itemFactors);
    }

    /** The same item factors with one customer's vector as user 0, for serving without every user in memory. */
    public ImplicitAls forCustomer(float[] userVector) {
        return new ImplicitAls(new float[][] {userVector}, itemFactors);
    }

    public ItemFactors itemFactors() {
        return itemFactors;
    }

    /** Every item's score for one user, as floats, into the caller's {@code acc}. */
    public void scoreAll(int user, float[] acc) {
        itemFactors.scoreAll(userFactors[user], acc);
    }

    @Override
    public void score(int user, double[] out) {
        itemFactors.scoreAll(userFactors[user], out);
    }

    public double score(int user, int item) {
        return itemFactors.score(userFactors[user], item);
    }

    /** One side of the bipartite matrix: for each solved row, the entries linking it to the fixed side. */
    private record Side(int[] ptr, int[] other, float[] value) {

        int count() {
            return ptr.length - 1;
        }
    }

    /** Re-solves every vector of {@code solved} against the fixed vectors. */
    private static void solve(Side side, float[][] solved, float[][] fixed, int k, float reg, float alpha,
                              ExecutorService pool, int threads) {
        float[][] gram = gram(fixed, k, reg);
        AtomicInteger nextRow = new AtomicInteger();
        Runnable worker = () -> {
            Workspace ws = new Workspace(k);
            int from;
            while ((from = nextRow.getAndAdd(ROWS_PER_TASK)) < side.count()) {
                int to = Math.min(side.count(), from + ROWS_PER_TASK);
                for (int row = from; row < to; row++) {
                    conjugateGradient(side, row, solved[row], fixed, gram, alpha, ws);
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

    /** F^T F + reg * I for the fixed vectors F, accumulated in double. */
    private static float[][] gram(float[][] vectors, int k, float reg) {
        double[][] g = new double[k][k];
        for (float[] v : vectors) {
            for (int a = 0; a < k; a++) {
                double va = v[a];
                double[] ga = g[a];
                for (int b = 0; b < k; b++) {
                    ga[b] += va * v[b];
                }
            }
        }
        float[][] result = new float[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                result[a][b] = (float) g[a][b];
            }
            result[a][a] += reg;
        }
        return result;
    }

    /** Per-thread CG vectors and the current row's gathered fixed vectors with their extra confidence. */
    private static final class Workspace {
        final float[] r;
        final float[] p;
        final float[] ap;
        float[][] rows = new float[64][];
        float[] extra = new float[64];

        Workspace(int k) {
            r = new float[k];
            p = new float[k];
            ap = new float[k];
        }
    }

    /**
     * Three CG steps on (F^T C F + reg I) x = F^T C p starting from the current x, where the left side is
     * gram + sum over the row's entries of (c - 1) f f^T, never formed explicitly.
     */
    private static void conjugateGradient(Side side, int row, float[] x, float[][] fixed, float[][] gram,
                                          float alpha, Workspace ws) {
        int start = side.ptr()[row];
        int n = side.ptr()[row + 1] - start;
        if (ws.extra.length < n) {
            ws.extra = new float[n];
            ws.rows = new float[n][];
        }
        float[][] rows = ws.rows;
        float[] extra = ws.extra;
        for (int e = 0; e < n; e++) {
            rows[e] = fixed[side.other()[start + e]];
            extra[e] = alpha * side.value()[start + e];
        }
        int k = x.length;
        float[] r = ws.r;
        float[] p = ws.p;
        float[] ap = ws.ap;
        // r = b - A x, with b = sum over entries of c * f (preference 1 wherever observed).
        multiply(x, rows, extra, n, gram, ap);
        for (int a = 0; a < k; a++) {
            r[a] = -ap[a];
        }
        for (int e = 0; e < n; e++) {
            axpy(1f + extra[e], rows[e], r);
        }
        System.arraycopy(r, 0, p, 0, k);
        float rs = dot(r, r);
        for (int step = 0; step < CG_STEPS && rs > 1e-12f; step++) {
            multiply(p, rows, extra, n, gram, ap);
            float pAp = dot(p, ap);
            if (!(pAp > 0)) {
                break;
            }
            float stepSize = rs / pAp;
            axpy(stepSize, p, x);
            axpy(-stepSize, ap, r);
            float rsNew = dot(r, r);
            float beta = rsNew / rs;
            for (int a = 0; a < k; a++) {
                p[a] = r[a] + beta * p[a];
            }
            rs = rsNew;
        }
    }

    /** out = (gram + sum_e extra[e] f_e f_e^T) v. */
    private static void multiply(float[] v, float[][] rows, float[] extra, int n, float[][] gram, float[] out) {
        Arrays.fill(out, 0f);
        for (int b = 0; b < v.length; b++) {
            axpy(v[b], gram[b], out);
        }
        for (int e = 0; e < n; e++) {
            axpy(extra[e] * dot(rows[e], v), rows[e], out);
        }
    }

    private static void axpy(float w, float[] x, float[] y) {
        for (int a = 0; a < y.length; a++) {
            y[a] += w * x[a];
        }
    }

    private static float dot(float[] x, float[] y) {
        float s = 0;
        for (int a = 0; a < x.length; a++) {
            s += x[a] * y[a];
        }
        return s;
    }

    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(userFactors.length);
        for (float[] user : userFactors) {
            Binary.writeFloats(out, user);
        }
        itemFactors.writeTo(out);
    }

    public static ImplicitAls readFrom(DataInput in) throws IOException {
        float[][] users = new float[in.readInt()][];
        for (int u = 0; u < users.length; u++) {
            users[u] = Binary.readFloats(in);
        }
        return new ImplicitAls(users, ItemFactors.readFrom(in));
    }

    public long memoryBytes() {
        return (16L + 4L * k()) * userFactors.length + itemFactors.memoryBytes();
    }
}
