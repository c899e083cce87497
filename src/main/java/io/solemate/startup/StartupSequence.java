package io.solemate.startup;

import io.quarkus.runtime.StartupEvent;
import io.solemate.migration.SchemaMigration;
import io.solemate.recommend.training.ModelTrainer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

/**
 * The service's one start-up order: migrate the schema; seed an empty store where the build carries a seed (local
 * builds: the sample store); then load or fit the first model, so that fit already sees the seeded data. When the
 * database is down at start the service starts anyway (not ready), and the same steps run once it is up.
 */
@ApplicationScoped
public class StartupSequence {

    private final SchemaMigration migration;
    private final Instance<StoreSeed> seeds;
    private final ModelTrainer trainer;

    public StartupSequence(SchemaMigration migration, Instance<StoreSeed> seeds, ModelTrainer trainer) {
        this.migration = migration;
        this.seeds = seeds;
        this.trainer = trainer;
    }

    void onStart(@Observes StartupEvent event) {
        migration.migrateThen(this::afterMigration);
    }

    private void afterMigration() {
        for (StoreSeed seed : seeds) {
            try {
                seed.seedIfEmpty();
            } catch (Exception e) {
                throw new IllegalStateException("Seeding the store failed", e);
            }
        }
        trainer.start();
    }
}
