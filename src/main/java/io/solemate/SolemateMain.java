package io.solemate;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.solemate.startup.LocalDatabase;
import java.util.ServiceLoader;
import org.jboss.logging.Logger;

/**
 * Entry point. When no database is configured and the build carries a {@link LocalDatabase} (the {@code local}
 * Maven profile, on unless {@code -Dprod}), it starts that database first and points the service at it.
 */
@QuarkusMain
public final class SolemateMain {

    private static final Logger LOG = Logger.getLogger(SolemateMain.class);

    public static void main(String... args) throws Exception {
        if (databaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        var local = ServiceLoader.load(LocalDatabase.class).findFirst();
        if (local.isEmpty()) {
            LOG.warn("No database configured (SOLEMATE_DB_URL) and this build has no embedded PostgreSQL; "
                    + "using the default 127.0.0.1:5432/solemate");
            Quarkus.run(args);
            return;
        }
        try (LocalDatabase database = local.get()) {
            LocalDatabase.Connection connection = database.start();
            System.setProperty("quarkus.datasource.reactive.url", "postgresql://" + connection.hostPortDatabase());
            System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + connection.hostPortDatabase());
            System.setProperty("quarkus.datasource.username", connection.user());
            System.setProperty("quarkus.datasource.password", "");
            // An embedded database is a local demo: the local profile (open reads, a known dev key), and the
            // generated store loaded on first start.
            if (System.getenv("QUARKUS_PROFILE") == null && System.getProperty("quarkus.profile") == null) {
                System.setProperty("quarkus.profile", "local");
            }
            System.setProperty("solemate.sample-store.load-if-empty", "true");
            Quarkus.run(args);
        }
    }

    private static boolean databaseConfigured() {
        return System.getenv("SOLEMATE_DB_URL") != null
                || System.getProperty("quarkus.datasource.reactive.url") != null;
    }
}
