package io.solemate.interactions.stores;

import io.smallrye.mutiny.Uni;
import io.solemate.interactions.EventKind;
import io.solemate.interactions.resources.InteractionEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** The SQL of ingestion: the interaction log, and the owned pairs a purchase opens and a return closes. */
@ApplicationScoped
public class InteractionStore {

    private static final String INSERT_EVENT = """
            INSERT INTO interactions (user_id, shoe_id, kind, value, occurred_at, client_event_id)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (client_event_id) DO NOTHING
            RETURNING id""";
    /** The event as recorded, with the pair it bought when it is a purchase. */
    private static final String FIND_EVENT = """
            SELECT i.id, i.user_id, i.shoe_id, i.kind, i.value, i.occurred_at, p.eu_size::float8 AS eu_size,
                   p.usage_km_per_week
            FROM interactions i LEFT JOIN purchases p ON p.interaction_id = i.id
            WHERE i.client_event_id = $1""";
    /**
     * A purchase opens an owned pair, already closed when a return of that shoe arrived before it: the earliest
     * return not yet matched to a pair, at or after the purchase. {@code SKIP LOCKED}: a return another transaction
     * is matching right now is not taken twice. The price paid is the shoe's catalogue price when the purchase is
     * recorded.
     */
    private static final String INSERT_PURCHASE = """
            WITH early_return AS (
                SELECT r.id, r.occurred_at FROM interactions r
                WHERE r.user_id = $1 AND r.shoe_id = $2 AND r.kind = 'return' AND r.occurred_at >= $4
                  AND NOT EXISTS (SELECT 1 FROM purchases m WHERE m.return_interaction_id = r.id)
                ORDER BY r.occurred_at, r.id LIMIT 1
                FOR UPDATE SKIP LOCKED)
            INSERT INTO purchases (user_id, shoe_id, eu_size, purchased_at, usage_km_per_week, interaction_id,
                                   returned_at, return_interaction_id, price_paid)
            SELECT $1, $2, $3::numeric, $4, $5, $6, (SELECT occurred_at FROM early_return),
                   (SELECT id FROM early_return), (SELECT price FROM shoes WHERE id = $2)""";
    /**
     * A return closes the latest open pair of its shoe bought before it, one pair per return: {@code SKIP LOCKED}
     * makes a concurrent second return of the same shoe close the next pair instead of the one the first is
     * closing. With no open pair the return stays unmatched until its purchase arrives ({@link #INSERT_PURCHASE}).
     */
    private static final String CLOSE_PURCHASE = """
            UPDATE purchases SET returned_at = $3, return_interaction_id = $4
            WHERE id = (SELECT id FROM purchases
                        WHERE user_id = $1 AND shoe_id = $2 AND returned_at IS NULL AND purchased_at <= $3
                        ORDER BY purchased_at DESC, id DESC LIMIT 1
                        FOR UPDATE SKIP LOCKED)""";
    private static final String EXISTING_USERS = "SELECT id FROM users WHERE id = ANY($1)";
    private static final String EXISTING_SHOES = "SELECT id FROM shoes WHERE id = ANY($1)";

    /** An event as first recorded under its client event id; {@code size} and {@code usage} of a purchase. */
    public record Recorded(long id, long userId, long shoeId, String kind, Float value, OffsetDateTime occurredAt,
            Double size, Float usage) {
    }

    private final Pool pool;

    public InteractionStore(Pool pool) {
        this.pool = pool;
    }

    /** Runs {@code work} in one transaction: committed when its Uni succeeds, rolled back when it fails. */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    public Uni<Set<Long>> existingUsers(SqlConnection connection, Long[] ids) {
        return existing(connection, EXISTING_USERS, ids);
    }

    public Uni<Set<Long>> existingShoes(SqlConnection connection, Long[] ids) {
        return existing(connection, EXISTING_SHOES, ids);
    }

    private static Uni<Set<Long>> existing(SqlConnection connection, String sql, Long[] ids) {
        return connection.preparedQuery(sql).execute(Tuple.of(ids)).map(rows -> {
            Set<Long> found = new HashSet<>();
            rows.forEach(row -> found.add(row.getLong(0)));
            return found;
        });
    }

    /** Inserts the event and answers its id, or nothing when its client event id was recorded before. */
    public Uni<Optional<Long>> insert(SqlConnection connection, InteractionEvent event, OffsetDateTime occurredAt) {
        Tuple insert = Tuple.tuple().addLong(event.userId()).addLong(event.shoeId())
                .addString(event.kind().dbValue()).addValue(event.value()).addOffsetDateTime(occurredAt)
                .addUUID(event.clientEventId());
        return connection.preparedQuery(INSERT_EVENT).execute(insert).map(rows -> rows.rowCount() == 0
                ? Optional.empty() : Optional.of(rows.iterator().next().getLong("id")));
    }

    public Uni<Recorded> find(SqlConnection connection, UUID clientEventId) {
        return connection.preparedQuery(FIND_EVENT).execute(Tuple.of(clientEventId)).map(rows -> {
            Row row = rows.iterator().next();
            return new Recorded(row.getLong("id"), row.getLong("user_id"), row.getLong("shoe_id"),
                    row.getString("kind"), row.getFloat("value"), row.getOffsetDateTime("occurred_at"),
                    row.getDouble("eu_size"), row.getFloat("usage_km_per_week"));
        });
    }

    /**
     * A purchase opens an owned pair; a return closes the latest open pair of that shoe bought before it. Answers
     * false for a return that found no pair to close (yet).
     */
    public Uni<Boolean> recordOwnership(SqlConnection connection, InteractionEvent event, OffsetDateTime occurredAt,
            long interactionId) {
        if (event.kind() == EventKind.PURCHASE) {
            return connection.preparedQuery(INSERT_PURCHASE).execute(Tuple.tuple().addLong(event.userId())
                    .addLong(event.shoeId()).addValue(event.size() == null ? null : event.size().doubleValue())
                    .addOffsetDateTime(occurredAt).addValue(event.usageKmPerWeek()).addLong(interactionId))
                    .replaceWith(true);
        }
        if (event.kind() == EventKind.RETURN) {
            return connection.preparedQuery(CLOSE_PURCHASE)
                    .execute(Tuple.of(event.userId(), event.shoeId(), occurredAt, interactionId))
                    .map(rows -> rows.rowCount() == 1);
        }
        return Uni.createFrom().item(true);
    }
}
