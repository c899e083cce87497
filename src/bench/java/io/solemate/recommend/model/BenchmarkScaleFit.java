package io.solemate.recommend.model;

import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.training.FitConfig;
import io.solemate.recommend.training.ModelFitter;

/**
 * One full fit, hyper-parameter search included, at the benchmark scale (20,000 shoes, 200,000 shoppers, 5M
 * synthetic events) without the database: what {@code src/bench/prepare-benchmark.sh} times after reading the store.
 * Prints wall time, the process's CPU time, the time per step and what the search chose.
 *
 * <p>Run (see src/bench/README.md for the classpath):
 * {@code java -Xmx3g -cp target/bench-build/classes:<deps> io.solemate.recommend.model.BenchmarkScaleFit}
 */
public final class BenchmarkScaleFit {

    private BenchmarkScaleFit() {
    }

    public static void main(String[] args) {
        int shoes = 20_000;
        TrainingData data = new TrainingData(SyntheticStore.shoes(shoes, 3), new UserInfo[0],
                SyntheticStore.events(200_000, shoes, 5_000_000, 5));
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        ServedModel model = ModelFitter.fit(data, FitConfig.defaults(), 1, SyntheticStore.NOW);
        System.out.printf("fit: %.1f s wall, %.1f CPU-s%n", (System.nanoTime() - start) / 1e9,
                (processCpuNanos() - cpu) / 1e9);
        System.out.println("steps (ms): " + model.stats().fitMillis());
        System.out.println("search: " + model.stats().hyperParameters());
        System.out.println("blend: " + model.stats().blendWeights());
        System.out.println("validation: " + model.stats().validation());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
