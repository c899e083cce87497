package io.solemate.aftercare.services;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.AftercareConfig;
import io.solemate.aftercare.Lifecycle;
import io.solemate.aftercare.Notification;
import io.solemate.aftercare.NotificationKey;
import io.solemate.aftercare.OwnedPurchase;
import io.solemate.aftercare.resources.NotificationView;
import io.solemate.aftercare.resources.OwnedShoeView;
import io.solemate.aftercare.stores.NotificationStore;
import io.solemate.aftercare.stores.PurchaseStore;
import io.solemate.customers.services.CustomerService;
import io.solemate.errors.NotFound;
import io.solemate.web.Page;
import io.solemate.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and updates a customer's after-care notifications. Listed are notifications that are due (due date on or
 * before today, UTC) and belong to shoes still owned; dismissed ones are never listed: {@code all} means unread and
 * read.
 */
@ApplicationScoped
public class NotificationService {

    /** The statuses each value of the {@code status} filter lists. */
    static final Map<String, String[]> LISTED = Map.of(
            "unread", new String[] { "unread" },
            "read", new String[] { "read" },
            "all", new String[] { "unread", "read" });

    private final NotificationStore notifications;
    private final PurchaseStore purchases;
    private final CustomerService customers;
    private final AftercareConfig config;
    private final Clock clock;

    public NotificationService(NotificationStore notifications, PurchaseStore purchases, CustomerService customers,
            AftercareConfig config, Clock clock) {
        this.notifications = notifications;
        this.purchases = purchases;
        this.customers = customers;
        this.config = config;
        this.clock = clock;
    }

    /** Due notifications of a customer, newest due date first; 404 for an unknown customer. */
    public Uni<Page<NotificationView>> list(long userId, String status, Paging paging) {
        String[] statuses = LISTED.get(status);
        LocalDate today = today();
        return customers.require(userId)
                .flatMap(user -> notifications.page(userId, statuses, today, paging.limit, paging.offset()))
                .flatMap(page -> notifications.count(userId, statuses, today)
                        .map(total -> new Page<>(views(page), paging.page, paging.limit, total)));
    }

    /**
     * Marks the customer's notification read (a dismissed one stays dismissed); 404 for an id that is not one of the
     * customer's notifications.
     */
    public Uni<NotificationView> markRead(long userId, String id) {
        return changeStatus(userId, id, "read", "unread");
    }

    public Uni<NotificationView> dismiss(long userId, String id) {
        return changeStatus(userId, id, "dismissed", "unread", "read");
    }

    private Uni<NotificationView> changeStatus(long userId, String id, String status, String... from) {
        NotificationKey key = NotificationKey.ofId(id).orElseThrow(() -> new NotFound("Notification", id));
        return notifications.changeStatus(userId, key, status, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)),
                        from)
                .map(changed -> NotificationView.of(
                        changed.orElseThrow(() -> new NotFound("Notification", id))));
    }

    /** Shoes the customer owns with their lifecycle, newest purchase first; 404 for an unknown customer. */
    public Uni<List<OwnedShoeView>> ownedShoes(long userId) {
        LocalDate today = today();
        return customers.require(userId)
                .flatMap(user -> purchases.owned(userId))
                .flatMap(owned -> notifications.dueUnread(userId, today)
                        .map(due -> {
                            Map<Long, List<NotificationView>> byPurchase = new HashMap<>();
                            for (NotificationView n : views(due)) {
                                byPurchase.computeIfAbsent(n.purchaseId(), k -> new ArrayList<>()).add(n);
                            }
                            List<OwnedShoeView> shoes = new ArrayList<>(owned.size());
                            owned.forEach(purchase -> shoes.add(ownedShoe(purchase, today,
                                    byPurchase.getOrDefault(purchase.purchaseId(), List.of()))));
                            return shoes;
                        }));
    }

    private OwnedShoeView ownedShoe(OwnedPurchase purchase, LocalDate today, List<NotificationView> due) {
        Lifecycle life = purchase.lifecycle(config.referenceUsageKmPerWeek());
        return new OwnedShoeView(purchase.purchaseId(), purchase.shoeId(), purchase.name(), purchase.brand(),
                purchase.category(), purchase.material(), purchase.purchasedAt(), life.ageDays(today),
                life.lifeUsed(today), life.nextCare(today, config.careReminderCount()).orElse(null), life.endOfLife(),
                purchase.careInstructions(), due);
    }

    private LocalDate today() {
        return Lifecycle.utcDay(clock.instant());
    }

    private static List<NotificationView> views(List<Notification> notifications) {
        return notifications.stream().map(NotificationView::of).toList();
    }
}
