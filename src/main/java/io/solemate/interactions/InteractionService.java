package io.solemate.interactions;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.solemate.errors.Conflict;
import io.solemate.errors.DomainException;
import io.solemate.errors.InvalidInput;
import io.solemate.errors.UnknownReference;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Records shop-front events. A batch is one transaction: acknowledged only after commit, all or nothing.
 * A repeated {@code clientEventId} returns the row recorded the first time and adds nothing; a purchase also
 * records the owned pair, and a return closes the latest open purchase of that shoe.
 */
@ApplicationScoped
public class InteractionService {

    /** Events may come from devices whose clocks run a little fast; further in the future is a client bug. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private static final String INSERT_EVENT = """
            INSERT INTO interactions (user_id, shoe_id, kind, value, occurred_at, client_event_id)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (client_event_id) DO NOTHING
            RETURNING id""";
    private static final String FIND_EVENT =
            "SELECT id, user_id, shoe_id, kind FROM interactions WHERE client_event_id = $1";
    private static final String INSERT_PURCHASE = """
            INSERT INTO purchases (user_id, shoe_id, eu_size, purchased_at, usage_km_per_week, interaction_id)
            VALUES ($1, $2, $3::numeric, $4, $5, $6)""";
    private static final String CLOSE_PURCHASE = """
            UPDATE purchases SET returned_at = $3
            WHERE id = (SELECT id FROM purchases
                        WHERE user_id = $1 AND shoe_id = $2 AND returned_at IS NULL AND purchased_at <= $3
                        ORDER BY purchased_at DESC, id DESC LIMIT 1)""";

    private final Pool pool;
    private final Clock clock;
    private final Counter ingested;
    private final Counter duplicates;
    private final Counter rejected;

    public InteractionService(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        this.ingested = Counter.builder("solemate.events.ingested").description("Events recorded")
                .register(registry);
        this.duplicates = Counter.builder("solemate.events.duplicates")
                .description("Events already recorded under the same client event id").register(registry);
        this.rejected = Counter.builder("solemate.events.rejected")
                .description("Events refused as invalid").register(registry);
    }

    /** Counts a request refused before it reached this service (bad JSON, failed validation). */
    public void countRejected(int events) {
        rejected.increment(events);
    }

    public Uni<List<IngestResult>> ingest(List<InteractionEvent> events) {
        Instant now = clock.instant();
        for (int i = 0; i < events.size(); i++) {
            InteractionEvent event = events.get(i);
            if (event.occurredAt() != null && event.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
                rejected.increment(events.size());
                return Uni.createFrom().failure(new InvalidInput(parameter(events, i, "occurredAt"),
                        "occurredAt is in the future"));
            }
        }
        return pool.withTransaction(connection -> checkReferences(connection, events)
                .chain(() -> Multi.createFrom().iterable(events)
                        .onItem().transformToUniAndConcatenate(event -> ingestOne(connection, event, now))
                        .collect().asList()))
                .invoke(results -> results.forEach(r -> (r.duplicate() ? duplicates : ingested).increment()))
                .onFailure(DomainException.class).invoke(() -> rejected.increment(events.size()));
    }

    private Uni<Void> checkReferences(SqlConnection connection, List<InteractionEvent> events) {
        Long[] userIds = events.stream().map(InteractionEvent::userId).distinct().toArray(Long[]::new);
        Long[] shoeIds = events.stream().map(InteractionEvent::shoeId).distinct().toArray(Long[]::new);
        Uni<Set<Long>> users = existing(connection, "SELECT id FROM users WHERE id = ANY($1)", userIds);
        Uni<Set<Long>> shoes = existing(connection, "SELECT id FROM shoes WHERE id = ANY($1)", shoeIds);
        return users.flatMap(knownUsers -> shoes.map(knownShoes -> {
            for (int i = 0; i < events.size(); i++) {
                InteractionEvent event = events.get(i);
                if (!knownUsers.contains(event.userId())) {
                    throw new UnknownReference(parameter(events, i, "userId"),
                            "User " + event.userId() + " does not exist");
                }
                if (!knownShoes.contains(event.shoeId())) {
                    throw new UnknownReference(parameter(events, i, "shoeId"),
                            "Shoe " + event.shoeId() + " does not exist");
                }
            }
            return null;
        }));
    }

    private static Uni<Set<Long>> existing(SqlConnection connection, String sql, Long[] ids) {
        return connection.preparedQuery(sql).execute(Tuple.of(ids)).map(rows -> {
            Set<Long> found = new HashSet<>();
            rows.forEach(row -> found.add(row.getLong(0)));
            return found;
        });
    }

    private Uni<IngestResult> ingestOne(SqlConnection connection, InteractionEvent event, Instant now) {
        var occurredAt = Objects.requireNonNullElse(event.occurredAt(), now).atOffset(ZoneOffset.UTC);
        Tuple insert = Tuple.tuple().addLong(event.userId()).addLong(event.shoeId())
                .addString(event.kind().dbValue()).addValue(event.value()).addOffsetDateTime(occurredAt)
                .addUUID(event.clientEventId());
        return connection.preparedQuery(INSERT_EVENT).execute(insert).flatMap(rows -> {
            if (rows.rowCount() == 0) {
                return original(connection, event);
            }
            long id = rows.iterator().next().getLong("id");
            return ownership(connection, event, occurredAt, id)
                    .replaceWith(new IngestResult(event.clientEventId(), id, false));
        });
    }

    /** The row recorded first under this client event id, if it describes the same event. */
    private static Uni<IngestResult> original(SqlConnection connection, InteractionEvent event) {
        return connection.preparedQuery(FIND_EVENT).execute(Tuple.of(event.clientEventId())).map(rows -> {
            Row row = rows.iterator().next();
            boolean same = row.getLong("user_id").equals(event.userId())
                    && row.getLong("shoe_id").equals(event.shoeId())
                    && row.getString("kind").equals(event.kind().dbValue());
            if (!same) {
                throw new Conflict("clientEventId " + event.clientEventId()
                        + " was already used for a different event");
            }
            return new IngestResult(event.clientEventId(), row.getLong("id"), true);
        });
    }

    private static Uni<RowSet<Row>> ownership(SqlConnection connection, InteractionEvent event,
            java.time.OffsetDateTime occurredAt, long interactionId) {
        if (event.kind() == EventKind.PURCHASE) {
            return connection.preparedQuery(INSERT_PURCHASE).execute(Tuple.tuple().addLong(event.userId())
                    .addLong(event.shoeId()).addValue(event.size() == null ? null : event.size().doubleValue())
                    .addOffsetDateTime(occurredAt).addValue(event.usageKmPerWeek()).addLong(interactionId));
        }
        if (event.kind() == EventKind.RETURN) {
            return connection.preparedQuery(CLOSE_PURCHASE)
                    .execute(Tuple.of(event.userId(), event.shoeId(), occurredAt));
        }
        return Uni.createFrom().nullItem();
    }

    private static String parameter(List<InteractionEvent> events, int index, String field) {
        return events.size() == 1 ? field : "[" + index + "]." + field;
    }
}
