package io.solemate.recommend.training;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes one {@code model_runs} row per fit, succeeded or failed. */
@ApplicationScoped
public class ModelRunLog {

    public enum Trigger {
        STARTUP, SCHEDULE, ADMIN;

        String dbValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Pool pool;

    public ModelRunLog(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> record(long version, Trigger trigger, boolean succeeded, Instant startedAt, Instant finishedAt,
            int users, int shoes, long interactions, long maxInteractionId, JsonObject details, String error) {
        return pool.preparedQuery("""
                INSERT INTO model_runs (version, trigger, status, started_at, finished_at, users, shoes, interactions,
                                        max_interaction_id, details, error)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""")
                .execute(Tuple.from(new Object[] { version, trigger.dbValue(), succeeded ? "succeeded" : "failed",
                        startedAt.atOffset(ZoneOffset.UTC), finishedAt.atOffset(ZoneOffset.UTC), users, shoes,
                        interactions, maxInteractionId, details, error }))
                .replaceWithVoid();
    }
}
