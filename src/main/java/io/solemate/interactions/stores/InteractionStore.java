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
    private static final String FIND_EVENT =
            "SELECT id, user_id, shoe_id, kind FROM interactions WHERE client_event_id = $1";
    /** The price paid is the shoe's catalogue price when the purchase is recorded. */
    private static final String INSERT_PURCHASE = """
            INSERT INTO purchases (user_id, shoe_id, eu_size, purchased_at, usage_km_per_week, interaction_id,
                                   price_paid)
            VALUES ($1, $2, $3::numeric, $4, $5, $6, (SELECT price FROM shoes WHERE id = $2))""";
    private static final String CLOSE_PURCHASE = """
            UPDATE purchases SET returned_at = $3
            WHERE id = (SELECT id FROM purchases
                        WHERE user_id = $1 AND shoe_id = $2 AND returned_at IS NULL AND purchased_at <= $3
                        ORDER BY purchased_at DESC, id DESC LIMIT 1)""";
    private static final String EXISTING_USERS = "SELECT id FROM users WHERE id = ANY($1)";
    private static final String EXISTING_SHOES = "SELECT id FROM shoes WHERE id = ANY($1)";

    /** An event as first recorded under its client event id. */
    public record Recorded(long id, long userId, long shoeId, String kind) {
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
                    row.getString("kind"));
        });
    }

    /** A purchase opens an owned pair; a return closes the latest open pair of that shoe bought before it. */
    public Uni<Void> recordOwnership(SqlConnection connection, InteractionEvent event, OffsetDateTime occurredAt,
            long interactionId) {
        if (event.kind() == EventKind.PURCHASE) {
            return connection.preparedQuery(INSERT_PURCHASE).execute(Tuple.tuple().addLong(event.userId())
                    .addLong(event.shoeId()).addValue(event.size() == null ? null : event.size().doubleValue())
                    .addOffsetDateTime(occurredAt).addValue(event.usageKmPerWeek()).addLong(interactionId))
                    .replaceWithVoid();
        }
        if (event.kind() == EventKind.RETURN) {
            return connection.preparedQuery(CLOSE_PURCHASE)
                    .execute(Tuple.of(event.userId(), event.shoeId(), occurredAt)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
