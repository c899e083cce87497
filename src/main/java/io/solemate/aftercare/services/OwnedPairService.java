package io.solemate.aftercare.services;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.Lifecycle;
import io.solemate.aftercare.NotificationKey;
import io.solemate.aftercare.PairDigest;
import io.solemate.aftercare.resources.NotificationView;
import io.solemate.aftercare.stores.NotificationStore;
import io.solemate.aftercare.stores.OwnedPairStore;
import io.solemate.errors.InvalidInput;
import io.solemate.errors.NotFound;
import io.solemate.web.Page;
import io.solemate.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

/**
 * After-care pair by pair, for the store desk: what is due per owned pair, every notification of one pair a page at a
 * time, marking all of a customer's notifications read, and taking a dismissal back. The customer is checked by the
 * caller; a pair is checked here to belong to the customer.
 */
@ApplicationScoped
public class OwnedPairService {

    /** The statuses a dismissed notification may return to. */
    private static final Set<String> RESTORABLE = Set.of("unread", "read");

    private final OwnedPairStore pairs;
    private final NotificationStore notifications;
    private final Clock clock;

    public OwnedPairService(OwnedPairStore pairs, NotificationStore notifications, Clock clock) {
        this.pairs = pairs;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The digest of each owned pair that has something shown, by purchase id; older ones at most {@code older}. */
    public Uni<Map<Long, PairDigest>> digests(long userId, int older) {
        return pairs.digests(userId, today(), older);
    }

    /** The pair's notifications, replacement suggestions first; 404 unless the customer owns the pair. */
    public Uni<Page<NotificationView>> pairNotifications(long userId, long purchaseId, Paging paging) {
        LocalDate today = today();
        return pairs.owns(userId, purchaseId).flatMap(owned -> {
            if (!owned) {
                return Uni.createFrom().failure(new NotFound("Owned pair", purchaseId));
            }
            return pairs.pageOfPair(userId, purchaseId, today, paging.limit, paging.offset())
                    .flatMap(page -> pairs.countOfPair(userId, purchaseId, today).map(total -> new Page<>(
                            page.stream().map(NotificationView::of).toList(), paging.page, paging.limit, total)));
        });
    }

    /** Marks every due unread notification of the customer's pairs read; answers how many there were. */
    public Uni<Integer> markAllRead(long userId) {
        return pairs.markAllRead(userId, today(), now());
    }

    /**
     * Takes a dismissal back: the notification returns to {@code status} (unread or read, what it was before). A
     * notification that is not dismissed stays as it is; 404 for an unknown id.
     */
    public Uni<NotificationView> restore(long userId, String id, String status) {
        if (!RESTORABLE.contains(status)) {
            return Uni.createFrom().failure(new InvalidInput("status", "A dismissal returns to unread or read"));
        }
        NotificationKey key = NotificationKey.ofId(id).orElseThrow(() -> new NotFound("Notification", id));
        return notifications.changeStatus(userId, key, status, now(), "dismissed").map(changed -> NotificationView.of(
                changed.orElseThrow(() -> new NotFound("Notification", id))));
    }

    private LocalDate today() {
        return Lifecycle.utcDay(clock.instant());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }
}
