package io.solemate.migration;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.solemate.common.DatabaseFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.metamodel.EntityType;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Migrates the schema with Flyway at start-up. When the database is not reachable yet the service still starts
 * (not ready) and keeps retrying in the background with backoff; what comes after the migration (see
 * {@code io.solemate.startup.StartupSequence}) runs on the start-up thread when the database is up, else on the
 * retrying thread once it is migrated.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final Flyway flyway;
    private final Mutiny.SessionFactory sessions;
    private final AtomicReference<Thread> retrying = new AtomicReference<>();
    private volatile boolean migrated;

    public SchemaMigration(Flyway flyway, Mutiny.SessionFactory sessions) {
        this.flyway = flyway;
        this.sessions = sessions;
    }

    /** Migrates now, or keeps retrying in the background while the database is unreachable; then runs {@code next}. */
    public void migrateThen(Runnable next) {
        if (migrate()) {
            next.run();
            return;
        }
        retrying.set(Thread.ofPlatform().name("schema-migration").daemon().start(() -> retryUntilMigrated(next)));
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread thread = retrying.get();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void retryUntilMigrated(Runnable next) {
        Duration wait = FIRST_RETRY;
        try {
            do {
                Thread.sleep(wait);
                Duration doubled = wait.multipliedBy(2);
                wait = doubled.compareTo(LONGEST_RETRY) < 0 ? doubled : LONGEST_RETRY;
            } while (!migrate());
        } catch (InterruptedException e) {
            return;
        } catch (RuntimeException e) {
            LOG.error("Schema migration failed; the service stays not ready", e);
            return;
        }
        try {
            next.run();
        } catch (RuntimeException e) {
            LOG.error("Start-up work after the late migration failed", e);
        }
    }

    /**
     * Migrates and validates. False while the database cannot be reached; any other failure (a broken migration,
     * a mapping that does not match the schema) is thrown: at start-up it stops the service, as before.
     */
    private boolean migrate() {
        try {
            MigrateResult result = flyway.migrate();
            LOG.infof("Schema at version %s (%d migrations applied now)", result.targetSchemaVersion,
                    result.migrationsExecuted);
            validateMappings();
            migrated = true;
            return true;
        } catch (RuntimeException e) {
            if (!unreachable(e)) {
                throw e;
            }
            LOG.warnf("Schema not migrated, the database is not reachable yet; retrying: %s", e.getMessage());
            return false;
        }
    }

    /**
     * Hibernate's own schema validation runs when the session factory is built, before this migration, so it is
     * off ({@code quarkus.hibernate-orm.schema-management.strategy=none}). Instead every entity is read once
     * here: a missing table or column fails the start just the same (column types are not compared).
     */
    private void validateMappings() {
        for (EntityType<?> entity : sessions.getMetamodel().getEntities()) {
            try {
                // On a safe Vert.x context, as Hibernate Reactive needs, while this thread waits.
                VertxContextSupport.subscribeAndAwait(() -> sessions.withStatelessSession(session -> session
                        .createSelectionQuery("from " + entity.getName(), entity.getJavaType())
                        .setMaxResults(1).getResultList()));
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Entity " + entity.getName() + " does not match the schema", e);
            }
        }
    }

    /** A connection that could not be opened or was cut, as JDBC (Flyway) or the reactive client reports it. */
    private static boolean unreachable(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return DatabaseFailures.unreachable(failure);
    }

    @Produces
    @Readiness
    HealthCheck schemaMigrated() {
        return () -> HealthCheckResponse.named("schema").status(migrated).build();
    }
}
