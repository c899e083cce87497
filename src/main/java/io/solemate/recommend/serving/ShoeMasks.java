package io.solemate.recommend.serving;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Bit masks over one model's catalogue (bit i for shoe i), cached by the filter or scope that made them: shoppers
 * share few (gender, size, stock, category) combinations, and testing every shoe's strings and sizes on each request
 * cost more than the rest of it. Request input chooses the keys, so the cache is bounded; past the bound a mask is
 * computed per request. About 2.5 KB per mask at 20,000 shoes.
 */
final class ShoeMasks<K> {

    static final int MAX_CACHED = 1024;

    private final Function<K, long[]> compute;
    private final Map<K, long[]> cached = new ConcurrentHashMap<>();

    /** {@code compute} may answer null ("no mask needed"), which is not cached. */
    ShoeMasks(Function<K, long[]> compute) {
        this.compute = compute;
    }

    long[] of(K key) {
        long[] mask = cached.get(key);
        if (mask != null) {
            return mask;
        }
        mask = compute.apply(key);
        if (mask != null && cached.size() < MAX_CACHED) {
            cached.putIfAbsent(key, mask);
        }
        return mask;
    }

    int cachedCount() {
        return cached.size();
    }
}
