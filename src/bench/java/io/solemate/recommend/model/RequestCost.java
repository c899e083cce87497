package io.solemate.recommend.model;

import io.solemate.recommend.serving.Eligibility;
import io.solemate.recommend.serving.ModelCodec;
import io.solemate.recommend.serving.RecommendationQuery;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.serving.ShoeFilter;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * CPU time and heap allocation per request, measured on the calling thread: on a shared, overloaded machine the
 * thread's CPU clock is steadier than JMH's wall clock. Run with the jmh profile's classpath:
 * {@code java -cp target/bench-build/classes:<deps> io.solemate.recommend.model.RequestCost} (see src/bench/README.md).
 */
public final class RequestCost {

    private RequestCost() {
    }

    public static void main(String[] args) {
        RequestBenchmarks.Served served = new RequestBenchmarks.Served();
        served.setUp();
        RequestBenchmarks requests = new RequestBenchmarks();
        if (args.length > 0 && args[0].equals("--digest")) {
            printResults(served.model, served.filter);
            return;
        }
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            ServedModel decoded = ModelCodec.decode(ModelCodec.encode(served.model));
            System.out.printf("model encode + decode %d ms (%s)%n", (System.nanoTime() - start) / 1_000_000,
                    decoded.version());
        }
        measure("recommendWithHistory", calls, () -> requests.recommendWithHistory(served));
        measure("recommendColdStart", calls, () -> requests.recommendColdStart(served));
        measure("similarTen", calls, () -> requests.similarTen(served));
        measure("similarTenFiltered", calls, () -> requests.similarTenFiltered(served));
    }

    /** Every result of a spread of requests, to diff between builds: optimizations must not change any. */
    private static void printResults(ServedModel model, ShoeFilter filter) {
        java.util.Set<Long> owned = java.util.Set.of(5L, 50L, 500L);
        for (long user = 1; user <= 400; user++) {
            UserInfo profile = user % 3 == 0 ? null
                    : new UserInfo(user, user % 2 == 0 ? "women" : "men", 40f + user % 4, user % 5 == 0 ? "running" : null,
                    null, user % 7 == 0 ? "suede" : null);
            System.out.println(model.recommend(user, new RecommendationQuery(10, user % 4 == 0 ? filter : null,
                    user % 6 != 0 ? Eligibility.SELLABLE : Eligibility.UNRESTRICTED, owned, profile)));
            System.out.println(model.recommend(1_000_000 + user, new RecommendationQuery(10, null,
                    Eligibility.SELLABLE, owned, profile)));
            System.out.println(model.similar(user * 37, 10, null, false));
            System.out.println(model.similar(user * 37, (int) (user % 80) + 1, user % 2 == 0 ? filter : null,
                    false));
        }
    }

    private static void measure(String name, int calls, Supplier<Object> request) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        int sink = 0;
        for (int i = 0; i < calls; i++) {
            sink += request.get().hashCode() & 1;
        }
        long[] cpu = new long[5];
        long bytes = 0;
        for (int round = 0; round < cpu.length; round++) {
            long allocated = threads.getThreadAllocatedBytes(thread);
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < calls; i++) {
                sink += request.get().hashCode() & 1;
            }
            cpu[round] = threads.getCurrentThreadCpuTime() - start;
            bytes = threads.getThreadAllocatedBytes(thread) - allocated;
        }
        java.util.Arrays.sort(cpu);
        System.out.printf("%-22s median %8.1f us CPU/call (min %8.1f), %9d bytes allocated/call  [%d]%n", name,
                cpu[cpu.length / 2] / 1e3 / calls, cpu[0] / 1e3 / calls, bytes / calls, sink & 1);
    }
}
