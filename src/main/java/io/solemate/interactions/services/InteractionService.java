package io.solemate.interactions.services;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.solemate.errors.Conflict;
import io.solemate.errors.DomainException;
import io.solemate.errors.InvalidInput;
import io.solemate.errors.UnknownReference;
import io.solemate.interactions.resources.IngestResult;
import io.solemate.interactions.resources.InteractionEvent;
import io.solemate.interactions.stores.InteractionStore;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

    private final InteractionStore store;
    private final Clock clock;
    private final Counter ingested;
    private final Counter duplicates;
    private final Counter rejected;

    public InteractionService(InteractionStore store, Clock clock, MeterRegistry registry) {
        this.store = store;
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
        return store.inTransaction(connection -> checkReferences(connection, events)
                .chain(() -> Multi.createFrom().iterable(events)
                        .onItem().transformToUniAndConcatenate(event -> ingestOne(connection, event, now))
                        .collect().asList()))
                .invoke(results -> results.forEach(r -> (r.duplicate() ? duplicates : ingested).increment()))
                .onFailure(DomainException.class).invoke(() -> rejected.increment(events.size()));
    }

    private Uni<Void> checkReferences(SqlConnection connection, List<InteractionEvent> events) {
        Long[] userIds = events.stream().map(InteractionEvent::userId).distinct().toArray(Long[]::new);
        Long[] shoeIds = events.stream().map(InteractionEvent::shoeId).distinct().toArray(Long[]::new);
        Uni<Set<Long>> users = store.existingUsers(connection, userIds);
        Uni<Set<Long>> shoes = store.existingShoes(connection, shoeIds);
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

    private Uni<IngestResult> ingestOne(SqlConnection connection, InteractionEvent event, Instant now) {
        var occurredAt = Objects.requireNonNullElse(event.occurredAt(), now).atOffset(ZoneOffset.UTC);
        return store.insert(connection, event, occurredAt).flatMap(inserted -> inserted.isEmpty()
                ? original(connection, event)
                : store.recordOwnership(connection, event, occurredAt, inserted.get())
                        .replaceWith(new IngestResult(event.clientEventId(), inserted.get(), false)));
    }

    /** The row recorded first under this client event id, if it describes the same event. */
    private Uni<IngestResult> original(SqlConnection connection, InteractionEvent event) {
        return store.find(connection, event.clientEventId()).map(recorded -> {
            boolean same = recorded.userId() == event.userId() && recorded.shoeId() == event.shoeId()
                    && recorded.kind().equals(event.kind().dbValue());
            if (!same) {
                throw new Conflict("clientEventId " + event.clientEventId()
                        + " was already used for a different event");
            }
            return new IngestResult(event.clientEventId(), recorded.id(), true);
        });
    }

    private static String parameter(List<InteractionEvent> events, int index, String field) {
        return events.size() == 1 ? field : "[" + index + "]." + field;
    }
}
