package io.solemate.samplestore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Instant;
import java.util.Optional;

/**
 * The sample store at start-up ({@link SampleStoreSeed}).
 *
 * <ul>
 * <li>{@code solemate.sample-store.load-if-empty} (default {@code false}): when true and the shoes table is empty, generate a
 * store and load it before the service starts serving. The embedded-database local run turns it on.</li>
 * <li>{@code solemate.sample-store.scale} (default {@code DEMO}): {@code TEST} (300 shoes, 400 users, ~15k interactions),
 * {@code DEMO} (2,000 / 5,000 / ~200k) or {@code BENCHMARK} (20,000 / 200,000 / ~5M).</li>
 * <li>{@code solemate.sample-store.seed} (default {@code 20261126}): same seed, scale and reference time give the same
 * store.</li>
 * <li>{@code solemate.sample-store.catalog-csv} (optional): path of the Adidas/Nike product CSV; when set, the catalog is
 * imported from it ({@link CatalogCsvImporter}) and only customers and their history are generated.</li>
 * <li>{@code solemate.sample-store.reference-time} (optional ISO-8601 instant, e.g. {@code 2026-11-26T00:00:00Z}): the
 * generated two years of history end here. Unset: the start of the current UTC day, so the demo looks current.</li>
 * </ul>
 */
@ConfigMapping(prefix = "solemate.sample-store")
public interface SampleStoreConfig {

    @WithDefault("false")
    boolean loadIfEmpty();

    @WithDefault("DEMO")
    SampleStoreGenerator.Scale scale();

    @WithDefault("20261126")
    long seed();

    Optional<String> catalogCsv();

    Optional<Instant> referenceTime();
}
