package io.solemate.dev;

import io.agroal.api.AgroalDataSource;
import io.solemate.migration.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with a demo store at start-up when {@code solemate.demo.load-if-empty} is on (see
 * {@link DemoConfig}) once the schema is migrated. Runs before the model trainer's first fit (priority 10), so
 * that fit already sees the data. Blocking JDBC is fine here: start-up, not the event loop.
 */
@ApplicationScoped
public class DemoDataBootstrap {

    private static final Logger LOG = Logger.getLogger(DemoDataBootstrap.class);

    private final DemoConfig config;
    private final AgroalDataSource dataSource;

    DemoDataBootstrap(DemoConfig config, AgroalDataSource dataSource) {
        this.config = config;
        this.dataSource = dataSource;
    }

    void loadDemoStoreIfEmpty(@Observes @Priority(10) SchemaReady event) throws SQLException, IOException {
        if (!config.loadIfEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!DemoStoreLoader.catalogIsEmpty(connection)) {
                LOG.info("The catalog already has shoes; no demo store loaded");
                return;
            }
            Instant reference = config.referenceTime().orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.DAYS));
            DemoStoreGenerator generator = new DemoStoreGenerator(config.seed(), reference);
            DemoStore store;
            if (config.catalogCsv().isPresent()) {
                Path csv = Path.of(config.catalogCsv().get());
                CatalogCsvImporter.Result imported = CatalogCsvImporter.importFile(csv);
                LOG.infof("Imported the catalog from %s: %s", csv, imported.report());
                store = generator.generate(config.scale(), imported.catalog());
            } else {
                store = generator.generate(config.scale());
            }
            DemoStoreLoader.LoadReport report = DemoStoreLoader.load(connection, store);
            LOG.infof("Loaded the %s demo store (seed %d, history up to %s): %d brands, %d shoes, %d users, "
                    + "%d interactions, %d purchases, %d weather days in %.1f s", config.scale(), config.seed(),
                    reference, report.brands(), report.shoes(), report.users(), report.interactions(),
                    report.purchases(), report.weatherDays(), report.took().toMillis() / 1000.0);
        }
    }
}
