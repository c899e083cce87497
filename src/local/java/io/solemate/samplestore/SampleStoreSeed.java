package io.solemate.samplestore;

import io.agroal.api.AgroalDataSource;
import io.solemate.startup.StoreSeed;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with a sample store at start-up when {@code solemate.sample-store.load-if-empty} is on
 * (see {@link SampleStoreConfig}). The start-up sequence runs it after the migration and before the first fit, so
 * that fit already sees the data. Blocking JDBC is fine here: start-up, not the event loop.
 */
@ApplicationScoped
public class SampleStoreSeed implements StoreSeed {

    private static final Logger LOG = Logger.getLogger(SampleStoreSeed.class);

    private final SampleStoreConfig config;
    private final AgroalDataSource dataSource;

    SampleStoreSeed(SampleStoreConfig config, AgroalDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    @Override
    public void seedIfEmpty() throws SQLException, IOException {
        if (!config.loadIfEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!SampleStoreLoader.catalogIsEmpty(connection)) {
                LOG.info("The catalog already has shoes; no sample store loaded");
                return;
            }
            Instant reference = config.referenceTime().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.DAYS));
            SampleStoreGenerator generator = new SampleStoreGenerator(config.seed(), reference);
            SampleStore store;
            if (config.catalogCsv().isPresent()) {
                Path csv = Path.of(config.catalogCsv().get());
                CatalogCsvImporter.Result imported = CatalogCsvImporter.importFile(csv);
                LOG.infof("Imported the catalog from %s: %s", csv, imported.report());
                store = generator.generate(config.scale(), imported.catalog());
            } else {
                store = generator.generate(config.scale());
            }
            SampleStoreLoader.LoadReport report = SampleStoreLoader.load(connection, store);
            LOG.infof("Loaded the %s sample store (seed %d, history up to %s): %d brands, %d shoes, %d users, "
                    + "%d interactions, %d purchases, %d weather days in %.1f s", config.scale(), config.seed(),
                    reference, report.brands(), report.shoes(), report.users(), report.interactions(),
                    report.purchases(), report.weatherDays(), report.took().toMillis() / 1000.0);
        }
    }
}
