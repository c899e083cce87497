package io.solemate.recommend.model;

import java.lang.management.ManagementFactory;

/**
 * Fit time of the item-to-item component: EASE and RP3beta at the Online Retail catalogue size (3,375 items) and at
 * the benchmark scale (20,000 shoes), on synthetic logs with the benchmark's density (25 events per user). Prints
 * wall time and the process's CPU time, since EASE's Cholesky runs on every core. EASE at 20,000 items is measured
 * only when asked ({@code --ease-20000}): its two dense Gram matrices take 6.4 GB.
 *
 * <p>Run (see src/bench/README.md for the classpath):
 * {@code java -Xmx4g -cp target/bench-build/classes:<deps> io.solemate.recommend.model.ItemToItemFit}
 */
public final class ItemToItemFit {

    private ItemToItemFit() {
    }

    public static void main(String[] args) {
        boolean ease20000 = args.length > 0 && args[0].equals("--ease-20000");
        int threads = Runtime.getRuntime().availableProcessors();
        InteractionMatrix small = SyntheticStore.matrix(34_000, 3_375, 850_000, 7);
        InteractionMatrix large = SyntheticStore.matrix(200_000, 20_000, 5_000_000, 7);
        for (int round = 0; round < 2; round++) {
            time("EASE    3,375 items", () -> ItemToItem.ease(small, 200, 200));
            time("RP3beta 3,375 items", () -> ItemToItem.rp3beta(small, 1, 0.5, 200, threads));
            time("RP3beta 20,000 items", () -> ItemToItem.rp3beta(large, 1, 0.5, 200, threads));
            if (ease20000) {
                time("EASE   20,000 items", () -> ItemToItem.ease(large, 200, 200));
            }
        }
    }

    private static void time(String what, java.util.function.Supplier<ItemToItem> fit) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        ItemToItem model = fit.get();
        System.out.printf("%s: %.1f s wall, %.1f CPU-s, %.1f MB of weights%n", what, (System.nanoTime() - start) / 1e9,
                (processCpuNanos() - cpu) / 1e9, model.memoryBytes() / 1e6);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

}
