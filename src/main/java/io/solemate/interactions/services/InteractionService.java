package io.solemate.interactions.services;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.solemate.common.DatabaseFailures;
import io.solemate.errors.Conflict;
import io.solemate.errors.DomainException;
import io.solemate.errors.InvalidInput;
import io.solemate.errors.Unavailable;
import io.solemate.errors.UnknownReference;
import io.solemate.interactions.EventKind;
import io.solemate.interactions.resources.IngestResult;
import io.solemate.interactions.resources.InteractionEvent;
import io.solemate.interactions.stores.InteractionStore;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Records shop-front events. A batch is one transaction: acknowledged only after commit, all or nothing; one that
 * PostgreSQL aborts as a deadlock or serialization failure is retried a few times, then answered 503. A repeated
 * {@code clientEventId} returns the row recorded the first time and adds nothing when every field matches, and is a
 * 409 otherwise; a purchase also records the owned pair, and a return closes the latest open purchase of that shoe
 * (or, arriving first, the purchase when it comes).
 */
@ApplicationScoped
public class InteractionService {

    private static final Logger LOG = Logger.getLogger(InteractionService.class);

    /** Events may come from devices whose clocks run a little fast; further in the future is a client bug. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    /**
     * Retries of a batch that PostgreSQL aborted as a deadlock or serialization failure (another batch wrote the
     * same rows): the retry usually goes through at once; after these it answers 503 with Retry-After.
     */
    private static final int RETRIES = 4;
    private static final Duration RETRY_BACKOFF = Duration.ofMillis(20);

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
            String problem = timeProblem(event.occurredAt(), now);
            if (problem != null) {
                rejected.increment(events.size());
                return Uni.createFrom().failure(new InvalidInput(parameter(events, i, "occurredAt"), problem));
            }
            if (event.kind() != EventKind.PURCHASE && (event.size() != null || event.usageKmPerWeek() != null)) {
                rejected.increment(events.size());
                return Uni.createFrom().failure(new InvalidInput(
                        parameter(events, i, event.size() != null ? "size" : "usageKmPerWeek"),
                        "size and usageKmPerWeek describe a pair bought: only purchase events carry them"));
            }
        }
        // A fixed order (by client event id) for every transaction's inserts: two batches holding the same new
        // events in opposite orders would otherwise each wait on the other's uncommitted key: a deadlock.
        List<InteractionEvent> ordered = events.stream()
                .sorted(Comparator.comparing(InteractionEvent::clientEventId)).toList();
        Uni<List<IngestResult>> attempt = Uni.createFrom().deferred(() -> store.inTransaction(connection ->
                checkReferences(connection, events)
                        .chain(() -> Multi.createFrom().iterable(ordered)
                                .onItem().transformToUniAndConcatenate(event -> ingestOne(connection, event, now))
                                .collect().asList())));
        return attempt
                .onFailure(DatabaseFailures::transientConflict).invoke(e -> LOG.debugf("Ingestion retried: %s",
                        e.getMessage()))
                .onFailure(DatabaseFailures::transientConflict).retry()
                .withBackOff(RETRY_BACKOFF, RETRY_BACKOFF.multipliedBy(10)).withJitter(0.5).atMost(RETRIES)
                .onFailure(DatabaseFailures::transientConflict).transform(e -> {
                    LOG.warnf("Ingestion of %d events gave up after %d retries: %s", events.size(), RETRIES,
                            e.getMessage());
                    return new Unavailable("The events conflict with concurrent writes; retry shortly");
                })
                .map(results -> inRequestOrder(events, results))
                .invoke(results -> results.forEach(r -> (r.duplicate() ? duplicates : ingested).increment()))
                .onFailure(DomainException.class).invoke(() -> rejected.increment(events.size()));
    }

    /** The results, one per event, in the order the request listed the events. */
    private static List<IngestResult> inRequestOrder(List<InteractionEvent> events, List<IngestResult> results) {
        Map<UUID, IngestResult> byId = new HashMap<>();
        results.forEach(result -> byId.put(result.clientEventId(), result));
        return events.stream().map(event -> byId.get(event.clientEventId())).toList();
    }

    /** Why {@code occurredAt} is outside the accepted window, or null when it is inside (or absent). */
    private static String timeProblem(Instant occurredAt, Instant now) {
        if (occurredAt == null) {
            return null;
        }
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            return "occurredAt is in the future";
        }
        if (occurredAt.isBefore(InteractionEvent.EARLIEST)) {
            return "occurredAt must not be before " + InteractionEvent.EARLIEST;
        }
        return null;
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
                : store.recordOwnership(connection, event, occurredAt, inserted.get()).map(matched -> {
                    if (!matched) {
                        LOG.infof("Return %s of shoe %d by user %d matches no owned pair yet; the purchase it "
                                + "returns will be closed when it arrives", event.clientEventId(), event.shoeId(),
                                event.userId());
                    }
                    return new IngestResult(event.clientEventId(), inserted.get(), false);
                }));
    }

    /** The row recorded first under this client event id, if it describes the same event: else a 409. */
    private Uni<IngestResult> original(SqlConnection connection, InteractionEvent event) {
        return store.find(connection, event.clientEventId()).map(recorded -> {
            String difference = difference(recorded, event);
            if (difference != null) {
                throw new Conflict("clientEventId " + event.clientEventId()
                        + " was already used for a different event (" + difference + " differs)");
            }
            return new IngestResult(event.clientEventId(), recorded.id(), true);
        });
    }

    /**
     * The first field in which a repeat differs from the event recorded first, or null when it is the same event. A
     * repeat without {@code occurredAt} matches any recorded time: the first one was stamped on receipt.
     */
    static String difference(InteractionStore.Recorded recorded, InteractionEvent event) {
        if (recorded.userId() != event.userId()) {
            return "userId";
        }
        if (recorded.shoeId() != event.shoeId()) {
            return "shoeId";
        }
        if (!recorded.kind().equals(event.kind().dbValue())) {
            return "kind";
        }
        if (!Objects.equals(recorded.value(), event.value())) {
            return "value";
        }
        if (event.occurredAt() != null && !recorded.occurredAt().toInstant()
                .equals(event.occurredAt().truncatedTo(ChronoUnit.MICROS))) {
            return "occurredAt";
        }
        Double size = event.size() == null ? null
                : event.size().setScale(1, RoundingMode.HALF_UP).doubleValue();
        if (!Objects.equals(recorded.size(), size)) {
            return "size";
        }
        if (!Objects.equals(recorded.usage(), event.usageKmPerWeek())) {
            return "usageKmPerWeek";
        }
        return null;
    }

    private static String parameter(List<InteractionEvent> events, int index, String field) {
        return events.size() == 1 ? field : "[" + index + "]." + field;
    }
}
