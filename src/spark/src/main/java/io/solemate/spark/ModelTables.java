package io.solemate.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;

/**
 * The job's own SQL against the model tables (migration V12): the version row first, the commit marker last, and
 * the removal of versions no replica can still be serving. Factor rows are written by Spark in between.
 */
final class ModelTables implements AutoCloseable {

    record Bounds(long minId, long maxId) {
    }

    private final Connection connection;
    private final JobOptions options;

    private ModelTables(Connection connection, JobOptions options) {
        this.connection = connection;
        this.options = options;
    }

    static ModelTables open(JobOptions options) throws SQLException {
        Properties p = credentials(options);
        return new ModelTables(DriverManager.getConnection(options.jdbcUrl(), p), options);
    }

    private static Properties credentials(JobOptions options) {
        Properties p = new Properties();
        if (options.user() != null) {
            p.put("user", options.user());
        }
        if (options.password() != null) {
            p.put("password", options.password());
        }
        return p;
    }

    /** Batched inserts rewritten into multi-row ones: the factor writes are several times faster this way. */
    String writeUrl() {
        String url = options.jdbcUrl();
        return url.contains("reWriteBatchedInserts") ? url
                : url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    Properties writeProperties() {
        Properties p = credentials(options);
        p.put("batchsize", "2000");
        return p;
    }

    Bounds interactionBounds() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT coalesce(min(id), 0), coalesce(max(id), 0) FROM interactions");
             ResultSet r = s.executeQuery()) {
            r.next();
            return new Bounds(r.getLong(1), r.getLong(2));
        }
    }

    /** The ALS settings of the service's newest successful fit, when it recorded them. */
    AlsParams serviceAlsParams() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT (details->'als'->>'factors')::int, (details->'als'->>'iterations')::int,
                       (details->'als'->>'regularization')::real, (details->'als'->>'alpha')::real, version
                FROM model_runs WHERE status = 'succeeded' AND details->'als' IS NOT NULL
                ORDER BY finished_at DESC LIMIT 1""");
             ResultSet r = s.executeQuery()) {
            return r.next() ? new AlsParams(r.getInt(1), r.getInt(2), r.getFloat(3), r.getFloat(4),
                    "service fit " + r.getLong(5)) : null;
        }
    }

    /** Allocates the version and records what it is trained on; nothing serves it before {@link #commit}. */
    long begin(long maxInteractionId, AlsParams params, Instant now) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO als_models (trained_at, max_interaction_id, factors, iterations, regularization, alpha,
                                        params_source)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING version""")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setLong(2, maxInteractionId);
            s.setInt(3, params.factors());
            s.setInt(4, params.iterations());
            s.setFloat(5, params.regularization());
            s.setFloat(6, params.alpha());
            s.setString(7, params.source());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Writes the commit marker, then drops every older version except the one committed just before: a replica
     * that has not yet noticed the new version may still read that one's user factors.
     */
    void commit(long version, long users, long shoes, long entries) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO als_model_commits (model_version, users, shoes, entries) VALUES (?, ?, ?, ?)""")) {
            s.setLong(1, version);
            s.setLong(2, users);
            s.setLong(3, shoes);
            s.setLong(4, entries);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("""
                DELETE FROM als_models WHERE version < coalesce(
                    (SELECT max(model_version) FROM als_model_commits WHERE model_version < ?), 0)""")) {
            s.setLong(1, version);
            s.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
