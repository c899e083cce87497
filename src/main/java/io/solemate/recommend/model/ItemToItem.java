package io.solemate.recommend.model;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_MT_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * A linear item-to-item model: a user's score for item j is {@code Σ_i x_ui · W_ij} over the items i in their
 * history, with each item's {@code neighbours} largest weights (by magnitude) kept as a sparse row.
 *
 * <p>Two published ways to fit W, chosen by catalogue size:
 * <ul>
 *   <li>{@link Method#EASE} (Steck, "Embarrassingly Shallow Autoencoders for Sparse Data", WWW 2019): the closed form
 *   {@code W = I - P·diag(1/diag(P))} with {@code P = (XᵀX + λI)⁻¹}, diagonal zero. Needs the dense items x items
 *   Gram matrix and its inverse (EJML's multi-threaded Cholesky: pure Java, as the native image requires), so it is
 *   cubic in the catalogue: used up to a configured number of items.</li>
 *   <li>{@link Method#RP3BETA} (Paudel, Christoffel, Newell, Bernstein, "Updatable, Accurate, Diverse, and Scalable
 *   Recommendations for Interactive Applications", TiiS 2016): the two-step random walk item → user → item,
 *   {@code W_ij = Σ_u P(u|i)·P(j|u) / pop_j^β} with transition probabilities from {@code x^α}; sparse, costing about
 *   what item kNN costs, so it takes over above that size.</li>
 * </ul>
 */
public final class ItemToItem implements ItemScorer {

    /** How W was fitted. */
    public enum Method { EASE, RP3BETA }

    private final Method method;
    private final InteractionMatrix history;
    private final int[] neighbourPtr;
    private final int[] neighbour;
    private final float[] weight;

    private ItemToItem(Method method, InteractionMatrix history, int[] neighbourPtr, int[] neighbour,
                       float[] weight) {
        this.method = method;
        this.history = history;
        this.neighbourPtr = neighbourPtr;
        this.neighbour = neighbour;
        this.weight = weight;
    }

    public Method method() {
        return method;
    }

    /** The history users are scored from: its decay is the one chosen for this component. */
    public InteractionMatrix history() {
        return history;
    }

    /** The same weights scoring users from {@code newer} (same users and items, e.g. the full history). */
    public ItemToItem withHistory(InteractionMatrix newer) {
        return new ItemToItem(method, newer, neighbourPtr, neighbour, weight);
    }

    /** The mean diagonal of XᵀX (each item's sum of squared values): the scale EASE's λ is chosen relative to. */
    public static double meanGramDiagonal(InteractionMatrix a) {
        double sum = 0;
        for (int k = 0; k < a.nnz(); k++) {
            sum += (double) a.value(k) * a.value(k);
        }
        return a.cols() == 0 ? 0 : sum / a.cols();
    }

    /**
     * EASE with L2 penalty {@code lambda} on the history {@code a} (its values are X). The Gram matrix is dense:
     * {@code a.cols()}² doubles, twice.
     */
    public static ItemToItem ease(InteractionMatrix a, double lambda, int neighbours) {
        int n = a.cols();
        DMatrixRMaj gram = new DMatrixRMaj(n, n);
        double[] g = gram.data;
        for (int u = 0; u < a.rows(); u++) {
            for (int p = a.rowStart(u); p < a.rowEnd(u); p++) {
                int i = a.colIndex(p);
                double xi = a.value(p);
                for (int q = a.rowStart(u); q < a.rowEnd(u); q++) {
                    g[i * n + a.colIndex(q)] += xi * a.value(q);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            g[i * n + i] += lambda;
        }
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_MT_DDRM.symmPosDef(n);
        if (!solver.setA(gram)) {
            throw new IllegalStateException("Gram matrix + λI is not positive definite (λ=" + lambda + ")");
        }
        DMatrixRMaj inverse = new DMatrixRMaj(n, n);
        solver.invert(inverse);
        double[] p = inverse.data;
        double[] row = new double[n];
        Sparse sparse = new Sparse(n, neighbours);
        for (int i = 0; i < n; i++) {
            // Row i of W: W_ij = -P_ij / P_jj (P is symmetric), the weight history item i lends to item j.
            for (int j = 0; j < n; j++) {
                row[j] = j == i ? 0 : -p[i * n + j] / p[j * n + j];
            }
            sparse.keepLargest(i, row);
        }
        return sparse.build(Method.EASE, a);
    }

    /**
     * RP3beta on the history {@code a}: transition probabilities from values raised to {@code alpha}, each target
     * divided by its popularity (the number of users with an entry on it) to the power {@code beta}.
     */
    public static ItemToItem rp3beta(InteractionMatrix a, double alpha, double beta, int neighbours, int threads) {
        int n = a.cols();
        // P(j|u): the user's row, normalized; P(u|i): the item's column, normalized.
        double[] userMass = new double[a.rows()];
        for (int u = 0; u < a.rows(); u++) {
            for (int k = a.rowStart(u); k < a.rowEnd(u); k++) {
                userMass[u] += Math.pow(a.value(k), alpha);
            }
        }
        double[] itemMass = new double[n];
        double[] penalty = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = a.colStart(i); k < a.colEnd(i); k++) {
                itemMass[i] += Math.pow(a.colValue(k), alpha);
            }
            int popularity = a.colEnd(i) - a.colStart(i);
            penalty[i] = popularity == 0 ? 0 : Math.pow(popularity, -beta);
        }
        Sparse sparse = new Sparse(n, neighbours);
        parallel(n, threads, () -> new double[n], (i, row) -> {
            Arrays.fill(row, 0);
            if (itemMass[i] > 0) {
                for (int k = a.colStart(i); k < a.colEnd(i); k++) {
                    int u = a.rowIndex(k);
                    double toUser = Math.pow(a.colValue(k), alpha) / itemMass[i] / userMass[u];
                    for (int e = a.rowStart(u); e < a.rowEnd(u); e++) {
                        row[a.colIndex(e)] += toUser * Math.pow(a.value(e), alpha);
                    }
                }
                for (int j = 0; j < n; j++) {
                    row[j] *= penalty[j];
                }
            }
            row[i] = 0;
            sparse.keepLargest(i, row);
        });
        return sparse.build(Method.RP3BETA, a);
    }

    @Override
    public void score(int user, double[] out) {
        Arrays.fill(out, 0);
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            int item = history.colIndex(k);
            double x = history.value(k);
            for (int e = neighbourPtr[item]; e < neighbourPtr[item + 1]; e++) {
                out[neighbour[e]] += x * weight[e];
            }
        }
    }

    /** The weight from item {@code from} to item {@code to}; zero when it was not kept. */
    public double weight(int from, int to) {
        int e = Arrays.binarySearch(neighbour, neighbourPtr[from], neighbourPtr[from + 1], to);
        return e >= 0 ? weight[e] : 0;
    }

    /** One item's score for one user: the weights from their history to it. */
    public double score(int user, int item) {
        double sum = 0;
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            int from = history.colIndex(k);
            int e = Arrays.binarySearch(neighbour, neighbourPtr[from], neighbourPtr[from + 1], item);
            if (e >= 0) {
                sum += history.value(k) * weight[e];
            }
        }
        return sum;
    }

    /** Weights kept: one int and one float each, plus the row pointers. */
    public long memoryBytes() {
        return 4L * neighbourPtr.length + 8L * weight.length;
    }

    /** Writes W; the history is the served model's and is passed back on reading. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeUTF(method.name());
        Binary.writeInts(out, neighbourPtr);
        Binary.writeInts(out, neighbour);
        Binary.writeFloats(out, weight);
    }

    public static ItemToItem readFrom(DataInput in, InteractionMatrix history) throws IOException {
        Method method = Method.valueOf(in.readUTF());
        return new ItemToItem(method, history, Binary.readInts(in), Binary.readInts(in), Binary.readFloats(in));
    }

    /** The sparse rows of W, filled row by row (from several threads: each row has its own slots). */
    private static final class Sparse {
        private final int neighbours;
        private final int[][] columns;
        private final float[][] weights;

        Sparse(int n, int neighbours) {
            this.neighbours = neighbours;
            columns = new int[n][];
            weights = new float[n][];
        }

        /** Keeps the row's {@code neighbours} non-zero weights largest in magnitude, in column order. */
        void keepLargest(int i, double[] row) {
            double[] magnitude = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                magnitude[j] = row[j] == 0 ? Double.NEGATIVE_INFINITY : Math.abs(row[j]);
            }
            int[] kept = TopK.select(magnitude, neighbours);
            Arrays.sort(kept);
            float[] w = new float[kept.length];
            for (int t = 0; t < kept.length; t++) {
                w[t] = (float) row[kept[t]];
            }
            columns[i] = kept;
            weights[i] = w;
        }

        ItemToItem build(Method method, InteractionMatrix history) {
            int[] ptr = new int[columns.length + 1];
            for (int i = 0; i < columns.length; i++) {
                ptr[i + 1] = ptr[i] + columns[i].length;
            }
            int[] nb = new int[ptr[columns.length]];
            float[] w = new float[nb.length];
            for (int i = 0; i < columns.length; i++) {
                System.arraycopy(columns[i], 0, nb, ptr[i], columns[i].length);
                System.arraycopy(weights[i], 0, w, ptr[i], weights[i].length);
            }
            return new ItemToItem(method, history, ptr, nb, w);
        }
    }

    private interface RowTask {
        void run(int row, double[] scratch);
    }

    /** Runs {@code task} for rows 0..n-1 on {@code threads} threads, each with its own scratch array. */
    private static void parallel(int n, int threads, java.util.function.Supplier<double[]> scratch, RowTask task) {
        if (threads <= 1) {
            double[] s = scratch.get();
            for (int i = 0; i < n; i++) {
                task.run(i, s);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Future<?>[] parts = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                int first = t;
                parts[t] = pool.submit(() -> {
                    double[] s = scratch.get();
                    for (int i = first; i < n; i += threads) {
                        task.run(i, s);
                    }
                });
            }
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fitting RP3beta", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("RP3beta fit failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
