package io.solemate.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The real PostgreSQL the tests run against: the server named by {@code SOLEMATE_TEST_DB_URL}
 * ({@code host:port/database}, user {@code SOLEMATE_TEST_DB_USER}, default postgres) when set, as in CI;
 * otherwise an embedded PostgreSQL started for the run, so the tests need no server installed.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("SOLEMATE_TEST_DB_URL");
        String user = System.getenv().getOrDefault("SOLEMATE_TEST_DB_USER", "postgres");
        if (url == null || url.isBlank()) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            url = "127.0.0.1:" + embedded.getPort() + "/postgres";
            user = "postgres";
        }
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + url,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + url,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
