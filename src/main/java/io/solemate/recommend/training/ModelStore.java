package io.solemate.recommend.training;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fitted models in PostgreSQL, so that replicas share one version: the fit runs under an advisory lock (one
 * replica at a time), its result is stored, and every replica loads the newest stored version.
 */
@ApplicationScoped
public class ModelStore {

    /** Advisory lock key held while a replica fits ("SOLE" in ASCII). */
    static final long FIT_LOCK = 0x534F4C45L;

    /** Stored models kept besides the newest: enough for a replica that is still loading the previous one. */
    private static final int KEEP = 2;

    public record StoredModel(long version, Instant fittedAt, StoreFingerprint fingerprint, byte[] data) {
    }

    public record StoredVersion(long version, Instant fittedAt, StoreFingerprint fingerprint) {
    }

    private final Pool pool;

    public ModelStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Runs {@code work} while holding the fit lock on one connection. Empty when another replica holds it.
     * The lock is a session lock: it is released when the work ends, and by PostgreSQL if the process dies.
     */
    public <T> Uni<Optional<T>> underFitLock(Function<Long, Uni<T>> work) {
        return pool.withConnection(connection -> connection.preparedQuery("SELECT pg_try_advisory_lock($1)")
                .execute(Tuple.of(FIT_LOCK))
                .flatMap(rows -> {
                    if (!rows.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().item(Optional.<T>empty());
                    }
                    return nextVersion(connection).flatMap(work::apply)
                            .map(Optional::of)
                            .onTermination().call(() -> connection.preparedQuery("SELECT pg_advisory_unlock($1)")
                                    .execute(Tuple.of(FIT_LOCK)));
                }));
    }

    private static Uni<Long> nextVersion(SqlConnection connection) {
        return connection.query("SELECT nextval('model_version_seq')").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Uni<Void> save(StoredModel model) {
        return pool.withTransaction(connection -> connection.preparedQuery(
                "INSERT INTO model_snapshots (version, fitted_at, fingerprint, data) VALUES ($1, $2, $3, $4)")
                .execute(Tuple.of(model.version(), model.fittedAt().atOffset(ZoneOffset.UTC),
                        model.fingerprint().encoded(), Buffer.buffer(model.data())))
                .chain(() -> connection.preparedQuery("""
                        DELETE FROM model_snapshots WHERE version NOT IN
                            (SELECT version FROM model_snapshots ORDER BY version DESC LIMIT $1)""")
                        .execute(Tuple.of(KEEP + 1)))
                .replaceWithVoid());
    }

    public Uni<Optional<StoredVersion>> newest() {
        return pool.query("SELECT version, fitted_at, fingerprint FROM model_snapshots ORDER BY version DESC LIMIT 1")
                .execute().map(rows -> {
                    if (rows.rowCount() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new StoredVersion(row.getLong("version"),
                            row.getOffsetDateTime("fitted_at").toInstant(),
                            StoreFingerprint.decode(row.getString("fingerprint"))));
                });
    }

    public Uni<Optional<StoredModel>> load(long version) {
        return pool.preparedQuery("SELECT version, fitted_at, fingerprint, data FROM model_snapshots WHERE version = $1")
                .execute(Tuple.of(version)).map(rows -> {
                    if (rows.rowCount() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new StoredModel(row.getLong("version"),
                            row.getOffsetDateTime("fitted_at").toInstant(),
                            StoreFingerprint.decode(row.getString("fingerprint")), row.getBuffer("data").getBytes()));
                });
    }
}
