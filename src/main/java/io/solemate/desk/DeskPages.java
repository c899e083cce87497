package io.solemate.desk;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.NotificationKey;
import io.solemate.aftercare.resources.NotificationView;
import io.solemate.aftercare.resources.OwnedShoeView;
import io.solemate.aftercare.services.NotificationService;
import io.solemate.catalog.services.ShoeService;
import io.solemate.customers.services.CustomerService;
import io.solemate.errors.NotFound;
import io.solemate.errors.Unavailable;
import io.solemate.recommend.api.ModelView;
import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.serving.RecommendationService;
import io.solemate.recommend.serving.ShoeFilter;
import io.solemate.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Gathers what each store desk shows from the services that own it, and performs the page's notification actions.
 * Hibernate-backed calls run one after another (a reactive session is not shared concurrently); plain pool reads
 * run side by side.
 */
@ApplicationScoped
public class DeskPages {

    static final int SEARCH_LIMIT = 20;
    static final int HISTORY_LIMIT = 20;
    static final int RECOMMENDATIONS = 8;
    static final int SIMILAR = 8;
    /** More than any one customer collects: the feed is read whole and grouped by shoe. */
    static final int FEED_LIMIT = 100;
    static final int MAX_QUERY_LENGTH = 100;

    /** A 503 from the recommender: no model is served yet. The page says so instead of failing. */
    private static final Predicate<Throwable> NO_MODEL_YET = failure -> failure instanceof Unavailable;

    private final CustomerService customers;
    private final ShoeService shoes;
    private final RecommendationService recommender;
    private final NotificationService notifications;
    private final ModelHolder models;
    private final DeskQueries queries;

    public DeskPages(CustomerService customers, ShoeService shoes, RecommendationService recommender,
            NotificationService notifications, ModelHolder models, DeskQueries queries) {
        this.customers = customers;
        this.shoes = shoes;
        this.recommender = recommender;
        this.notifications = notifications;
        this.models = models;
        this.queries = queries;
    }

    /** The start page; a blank or missing query shows no search results. */
    public Uni<HomePage> home(String query, String refreshNotice, String refreshError) {
        ModelPanel panel = modelPanel();
        if (query == null || query.isBlank()) {
            return Uni.createFrom().item(new HomePage(null, List.of(), 0, panel, refreshNotice, refreshError));
        }
        String text = query.strip();
        String bounded = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        return customers.search(bounded, paging(SEARCH_LIMIT)).map(found -> new HomePage(bounded, found.items(),
                found.total(), panel, refreshNotice, refreshError));
    }

    public ModelPanel modelPanel() {
        return ModelPanel.of(models.current().map(ModelView::of).orElse(null));
    }

    /** A customer with activity, recommendations and owned shoes; fails with 404 for an unknown customer. */
    public Uni<CustomerPage> customer(long id, String notice) {
        return customers.get(id).flatMap(customer -> Uni.combine().all()
                .unis(queries.countByKind(id), queries.recentHistory(id, HISTORY_LIMIT), recommendations(id))
                .asTuple()
                .flatMap(read -> ownedShoes(id).map(owned -> new CustomerPage(customer, read.getItem1(),
                        read.getItem2(), read.getItem3().coldStart, read.getItem3().picks,
                        read.getItem3().unavailable, owned, notice))));
    }

    /** A shoe and its most similar shoes; fails with 404 for an unknown shoe. */
    public Uni<ShoePage> shoe(long id) {
        return shoes.get(id).flatMap(shoe -> recommender.similar(id, SIMILAR, ShoeFilter.none())
                .map(similar -> new ShoePage(shoe, similar.items(), null))
                .onFailure(NO_MODEL_YET).recoverWithItem(failure -> new ShoePage(shoe, List.of(),
                        failure.getMessage())));
    }

    public Uni<Long> randomCustomerId() {
        return queries.randomCustomerId().map(id -> id.orElseThrow(() -> new NotFound("The store has no customers yet")));
    }

    public Uni<NotificationView> markRead(long userId, String notificationId) {
        return requireOwn(userId, notificationId).flatMap(ok -> notifications.markRead(userId, notificationId));
    }

    public Uni<NotificationView> dismiss(long userId, String notificationId) {
        return requireOwn(userId, notificationId).flatMap(ok -> notifications.dismiss(userId, notificationId));
    }

    /** A notification is changed only from its own customer's page; another customer's id is a 404 there. */
    private Uni<Void> requireOwn(long userId, String notificationId) {
        Uni<Optional<Long>> owner = NotificationKey.ofId(notificationId).map(queries::notificationOwner)
                .orElseGet(() -> Uni.createFrom().item(Optional.empty()));
        return owner.map(found -> {
            if (found.isEmpty() || found.get() != userId) {
                throw new NotFound("Notification", notificationId);
            }
            return null;
        });
    }

    private Uni<Picks> recommendations(long userId) {
        return recommender.recommend(userId, RECOMMENDATIONS, ShoeFilter.none(), false)
                .map(view -> new Picks(view.coldStart(), view.items().stream().map(CustomerPage.Pick::of).toList(),
                        null))
                .onFailure(NO_MODEL_YET).recoverWithItem(failure -> new Picks(false, List.of(),
                        failure.getMessage()));
    }

    /** Owned shoes, each with its part of the notification feed and the suggested shoes named. */
    private Uni<List<CustomerPage.OwnedShoe>> ownedShoes(long userId) {
        return notifications.ownedShoes(userId).flatMap(owned -> notifications
                .list(userId, "all", paging(FEED_LIMIT))
                .flatMap(feed -> {
                    Set<Long> suggested = new HashSet<>();
                    feed.items().forEach(n -> suggested.addAll(n.suggestedShoeIds()));
                    return queries.shoeLinks(suggested).map(links -> {
                        Map<Long, List<CustomerPage.Notice>> byPurchase = new HashMap<>();
                        for (NotificationView n : feed.items()) {
                            List<ShoeLink> named = n.suggestedShoeIds().stream().map(links::get)
                                    .filter(Objects::nonNull).toList();
                            byPurchase.computeIfAbsent(n.purchaseId(), k -> new ArrayList<>())
                                    .add(new CustomerPage.Notice(n, named));
                        }
                        List<CustomerPage.OwnedShoe> cards = new ArrayList<>(owned.size());
                        for (OwnedShoeView shoe : owned) {
                            cards.add(CustomerPage.OwnedShoe.of(shoe,
                                    byPurchase.getOrDefault(shoe.purchaseId(), List.of())));
                        }
                        return cards;
                    });
                }));
    }

    private static Paging paging(int limit) {
        Paging paging = new Paging();
        paging.page = 0;
        paging.limit = limit;
        return paging;
    }

    private record Picks(boolean coldStart, List<CustomerPage.Pick> picks, String unavailable) {
    }
}
