package io.solemate.recommend.serving;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.solemate.recommend.RecommendConfig;
import io.solemate.recommend.training.CustomerStateReader;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Customers' state for a model served without the whole history (trainer=external): read on demand, one indexed
 * round trip each, and kept in a bounded cache (Caffeine, through quarkus-caffeine), so a replica's memory is the
 * catalogue-sized model plus at most {@code customer-state-cache-size} customers, however many the store has.
 * Entries are per model version (a new version's factors differ) and expire after {@code customer-state-ttl}, after
 * which a customer's newest events count.
 */
@ApplicationScoped
public class CustomerStates {

    private record Key(long version, long userId) {
    }

    private final CustomerStateReader reader;
    private final AsyncCache<Key, CustomerState> cache;

    public CustomerStates(CustomerStateReader reader, RecommendConfig config, MeterRegistry registry) {
        this.reader = reader;
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.customerStateCacheSize())
                .expireAfterWrite(config.customerStateTtl())
                .recordStats()
                .buildAsync();
        FunctionCounter.builder("solemate.customer.state.reads", cache, c -> c.synchronous().stats().missCount())
                .description("Customer states read from the database (cache misses)").register(registry);
        FunctionCounter.builder("solemate.customer.state.hits", cache, c -> c.synchronous().stats().hitCount())
                .description("Customer states answered from the cache").register(registry);
        Gauge.builder("solemate.customer.state.cached", cache, c -> c.synchronous().estimatedSize())
                .description("Customer states in the cache").register(registry);
    }

    /** The customer's state for {@code model}; null when there is no such customer (not cached). */
    public Uni<CustomerState> get(ServedModel model, long userId) {
        return Uni.createFrom().completionStage(() -> cache.get(new Key(model.version(), userId),
                (key, executor) -> reader.read(model, userId).subscribeAsCompletionStage()));
    }

    /** Requests answered from the cache so far, of all requests; NaN before the first. */
    public double hitRatio() {
        var stats = cache.synchronous().stats();
        return stats.requestCount() == 0 ? Double.NaN : stats.hitRate();
    }
}
