package io.solemate.desk;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.AftercareConfig;
import io.solemate.aftercare.Lifecycle;
import io.solemate.aftercare.Notification;
import io.solemate.aftercare.NotificationKey;
import io.solemate.aftercare.PairDigest;
import io.solemate.aftercare.resources.NotificationView;
import io.solemate.aftercare.resources.OwnedShoeView;
import io.solemate.aftercare.services.NotificationService;
import io.solemate.aftercare.services.OwnedPairService;
import io.solemate.catalog.services.ShoeService;
import io.solemate.customers.resources.CustomerView;
import io.solemate.customers.services.CustomerService;
import io.solemate.errors.NotFound;
import io.solemate.errors.Unavailable;
import io.solemate.recommend.api.ModelView;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.api.RecommendationView;
import io.solemate.recommend.api.SimilarView;
import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.serving.RecommendationService;
import io.solemate.recommend.serving.Eligibility;
import io.solemate.recommend.serving.ShoeFilter;
import io.solemate.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Gathers what each store desk page shows from the services that own it, and performs the page's notification
 * actions. Hibernate-backed calls run one after another (a reactive session is not shared concurrently); plain pool
 * reads run side by side. Every list is paged: nothing is cut off without a way to the rest.
 */
@ApplicationScoped
public class DeskPages {

    static final int SEARCH_PAGE = 20;
    /**
     * Owned pairs per page: two rows of cards on a desktop. Three rows put the page of a customer with dozens of
     * pairs and a replacement due on most (customer 52 of the sample store) over 5,000 px.
     */
    static final int PAIRS_PAGE = 6;
    /** Older notifications a pair's card carries in its fold; the pair's own page lists them all. */
    static final int FOLDED = 10;
    static final int PAIR_NOTIFICATIONS_PAGE = 20;
    static final int PURCHASES_PAGE = 10;
    static final int HISTORY_PAGE = 10;
    static final int RECOMMENDATIONS = 8;
    static final int SIMILAR = 8;
    static final int MAX_QUERY_LENGTH = 100;

    /** A 503 from the recommender: no model is served yet. The page says so instead of failing. */
    private static final Predicate<Throwable> NO_MODEL_YET = failure -> failure instanceof Unavailable;

    private final CustomerService customers;
    private final ShoeService shoes;
    private final RecommendationService recommender;
    private final NotificationService notifications;
    private final OwnedPairService pairs;
    private final ModelHolder models;
    private final DeskQueries queries;
    private final double referenceKmPerWeek;

    public DeskPages(CustomerService customers, ShoeService shoes, RecommendationService recommender,
            NotificationService notifications, OwnedPairService pairs, ModelHolder models, DeskQueries queries,
            AftercareConfig aftercare) {
        this.customers = customers;
        this.shoes = shoes;
        this.recommender = recommender;
        this.notifications = notifications;
        this.pairs = pairs;
        this.models = models;
        this.queries = queries;
        this.referenceKmPerWeek = aftercare.referenceUsageKmPerWeek();
    }

    /** The start page; a blank or missing query shows no search results. */
    public Uni<HomePage> home(String query, int page, String refitNotice, String refitProblem) {
        ModelPanel panel = modelPanel();
        if (query == null || query.isBlank()) {
            return Uni.createFrom().item(new HomePage(null, List.of(), new Pager(0, SEARCH_PAGE, 0), panel,
                    refitNotice, refitProblem));
        }
        String text = query.strip();
        String bounded = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        return customers.search(bounded, paging(page, SEARCH_PAGE)).map(found -> new HomePage(bounded,
                found.items(), new Pager(page, SEARCH_PAGE, found.total()), panel, refitNotice, refitProblem));
    }

    public ModelPanel modelPanel() {
        return ModelPanel.of(models.current().map(model -> ModelView.of(model, null)).orElse(null));
    }

    /** The version of the model this instance serves; empty before the first fit. */
    public Optional<Long> servedVersion() {
        return models.current().map(ServedModel::version);
    }

    /** A customer's page; fails with 404 for an unknown customer. */
    public Uni<CustomerPage> customer(long id, int pairsPage, int purchasesPage, int historyPage,
            Confirmation confirmation) {
        return customers.get(id).flatMap(customer -> Uni.combine().all()
                .unis(queries.countByKind(id), queries.history(id, HISTORY_PAGE, historyPage * HISTORY_PAGE),
                        recommendations(id, customer.shoeSize()), pairs.digests(id, FOLDED),
                        queries.ownedPurchases(id))
                .asTuple()
                .flatMap(read -> notifications.ownedShoes(id).flatMap(owned -> customers
                        .purchases(id, paging(purchasesPage, PURCHASES_PAGE))
                        .flatMap(purchases -> {
                            Map<Long, PairDigest> digests = read.getItem4();
                            List<Pair> ordered = inOrderOfWhatIsDue(owned.stream()
                                    .map(shoe -> pair(shoe, read.getItem5().get(shoe.purchaseId()))).toList(),
                                    digests);
                            List<Pair> shown = ordered.stream().skip((long) pairsPage * PAIRS_PAGE)
                                    .limit(PAIRS_PAGE).toList();
                            List<PairDigest> shownDigests = shown.stream()
                                    .map(p -> digests.get(p.shoe().purchaseId())).filter(Objects::nonNull).toList();
                            return queries.shoeFacts(suggested(shownDigests)).map(facts -> {
                                List<PairCard> cards = shown.stream().map(p -> card(p,
                                        digests.get(p.shoe().purchaseId()), facts, confirmation)).toList();
                                long events = read.getItem1().values().stream().mapToLong(Long::longValue).sum();
                                Picks picks = read.getItem3();
                                return new CustomerPage(customer, read.getItem1(), due(ordered, digests), cards,
                                        new Pager(pairsPage, PAIRS_PAGE, owned.size()), picks.coldStart(),
                                        picks.picks(), picks.unavailable(), purchases.items(),
                                        new Pager(purchasesPage, PURCHASES_PAGE, purchases.total()), read.getItem2(),
                                        new Pager(historyPage, HISTORY_PAGE, events), confirmation);
                            });
                        }))));
    }

    /** One owned pair and every notification it has, a page at a time; 404 unless the customer owns it. */
    public Uni<PairPage> pair(long id, long purchaseId, int page, Confirmation confirmation) {
        return customers.get(id).flatMap(customer -> notifications.ownedShoes(id).flatMap(owned -> {
            OwnedShoeView shoe = owned.stream().filter(o -> o.purchaseId() == purchaseId).findFirst()
                    .orElseThrow(() -> new NotFound(customer.name() + " owns no pair bought as purchase " + purchaseId));
            return queries.ownedPurchases(id).flatMap(bought -> pairs
                    .pairNotifications(id, purchaseId, paging(page, PAIR_NOTIFICATIONS_PAGE))
                    .flatMap(listed -> {
                        Set<Long> suggested = new HashSet<>();
                        listed.items().forEach(n -> suggested.addAll(n.suggestedShoeIds()));
                        return queries.shoeFacts(suggested).map(facts -> new PairPage(customer,
                                pair(shoe, bought.get(purchaseId)),
                                listed.items().stream().map(n -> notice(n, facts)).toList(),
                                new Pager(page, PAIR_NOTIFICATIONS_PAGE, listed.total()), confirmation));
                    }));
        }));
    }

    /** A shoe and its most similar shoes, and the customer whose page led here; 404 for an unknown shoe. */
    public Uni<ShoePage> shoe(long id, Long fromCustomer) {
        Uni<CustomerView> customer = fromCustomer == null ? Uni.createFrom().nullItem() : customers.get(fromCustomer);
        return customer.flatMap(from -> shoes.get(id).flatMap(shoe -> Uni.createFrom().deferred(
                () -> recommender.similar(id, SIMILAR, ShoeFilter.none(), false))
                .map(SimilarView::of)
                .map(similar -> new ShoePage(shoe, similar.items(), null, from))
                .onFailure(NO_MODEL_YET).recoverWithItem(failure -> new ShoePage(shoe, List.of(),
                        failure.getMessage(), from))));
    }

    public Uni<Long> randomCustomerId() {
        return queries.randomCustomerId().map(id -> id.orElseThrow(() -> new NotFound("The store has no customers yet")));
    }

    /**
     * The status of the customer's notification before an action; 404 for a malformed id, another customer's or
     * one that does not exist, so a notification changes only from its own customer's page.
     */
    public Uni<String> statusOfOwn(long userId, String notificationId) {
        return NotificationKey.ofId(notificationId).map(queries::notificationState)
                .orElseGet(() -> Uni.createFrom().item(Optional.empty()))
                .map(state -> state.filter(s -> s.ownerId() == userId).map(DeskQueries.NotificationState::status)
                        .orElseThrow(() -> new NotFound("Notification", notificationId)));
    }

    public Uni<NotificationView> markRead(long userId, String notificationId) {
        return notifications.markRead(userId, notificationId);
    }

    public Uni<NotificationView> dismiss(long userId, String notificationId) {
        return notifications.dismiss(userId, notificationId);
    }

    public Uni<NotificationView> restore(long userId, String notificationId, String status) {
        return pairs.restore(userId, notificationId, status);
    }

    /** Marks all of an existing customer's due notifications read; answers how many. */
    public Uni<Integer> markAllRead(long userId) {
        return customers.get(userId).flatMap(customer -> pairs.markAllRead(userId));
    }

    private Uni<Picks> recommendations(long userId, BigDecimal customerSize) {
        // Deferred: the recommender refuses before the first fit by throwing, not by a failed Uni.
        return Uni.createFrom().deferred(() -> recommender.recommend(userId, RECOMMENDATIONS, ShoeFilter.none(),
                        Eligibility.SELLABLE))
                .map(RecommendationView::of)
                .flatMap(view -> queries.shoeFacts(view.items().stream().map(RecommendationView.Item::shoeId)
                        .collect(Collectors.toSet()))
                        .map(facts -> new Picks(view.coldStart(), view.items().stream()
                                .map(item -> CustomerPage.Pick.of(item, facts.get(item.shoeId()), customerSize))
                                .toList(), null)))
                .onFailure(NO_MODEL_YET).recoverWithItem(failure -> new Picks(false, List.of(),
                        failure.getMessage()));
    }

    private Pair pair(OwnedShoeView shoe, DeskQueries.PurchaseFacts bought) {
        int lifeDays = (int) ChronoUnit.DAYS.between(Lifecycle.utcDay(shoe.purchasedAt()), shoe.endOfLifeOn());
        return bought == null
                ? new Pair(shoe, null, null, null, lifeDays, lifeDays, referenceKmPerWeek)
                : new Pair(shoe, bought.euSize(), bought.pricePaid(), bought.usageKmPerWeek(),
                        bought.catalogueLifespanDays(), lifeDays, referenceKmPerWeek);
    }

    /** Pairs with an unread replacement suggestion first, then those with unread reminders; else newest first. */
    private static List<Pair> inOrderOfWhatIsDue(List<Pair> newestFirst, Map<Long, PairDigest> digests) {
        Comparator<Pair> urgency = Comparator.comparingInt(p -> {
            PairDigest digest = digests.get(p.shoe().purchaseId());
            if (digest == null || digest.unread() == 0) {
                return 2;
            }
            return digest.unreadReplacements() > 0 ? 0 : 1;
        });
        List<Pair> ordered = new ArrayList<>(newestFirst);
        ordered.sort(urgency);
        return ordered;
    }

    private static CustomerPage.Due due(List<Pair> ordered, Map<Long, PairDigest> digests) {
        int replacements = 0;
        int care = 0;
        int pairsWithUnread = 0;
        List<CustomerPage.DueLink> links = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Pair pair = ordered.get(i);
            PairDigest digest = digests.get(pair.shoe().purchaseId());
            if (digest == null || digest.unread() == 0) {
                continue;
            }
            pairsWithUnread++;
            replacements += digest.unreadReplacements();
            care += digest.unreadCare();
            if (digest.unreadReplacements() > 0) {
                links.add(new CustomerPage.DueLink(pair.shoe().purchaseId(), pair.shoe().name(), i / PAIRS_PAGE));
            }
        }
        return new CustomerPage.Due(replacements, care, pairsWithUnread, links);
    }

    private static PairCard card(Pair pair, PairDigest digest, Map<Long, ShoeFacts> facts, Confirmation confirmation) {
        Confirmation here = confirmation != null && confirmation.in(pair.shoe().purchaseId()) ? confirmation : null;
        if (digest == null) {
            return new PairCard(pair, null, null, List.of(), 0, 0, 0, 0, here);
        }
        List<PairCard.Notice> older = digest.older().stream().map(n -> notice(n, facts)).toList();
        int latest = (digest.latestReplacement() == null ? 0 : 1) + (digest.latestCare() == null ? 0 : 1);
        int latestUnread = (digest.latestReplacement() != null && "unread".equals(digest.latestReplacement().status())
                ? 1 : 0) + (digest.latestCare() != null && "unread".equals(digest.latestCare().status()) ? 1 : 0);
        return new PairCard(pair, notice(digest.latestReplacement(), facts), notice(digest.latestCare(), facts), older,
                digest.total(), digest.unread(), digest.total() - latest, digest.unread() - latestUnread, here);
    }

    private static PairCard.Notice notice(Notification notification, Map<Long, ShoeFacts> facts) {
        return notification == null ? null : notice(NotificationView.of(notification), facts);
    }

    private static PairCard.Notice notice(NotificationView notification, Map<Long, ShoeFacts> facts) {
        return new PairCard.Notice(notification, notification.suggestedShoeIds().stream().map(facts::get)
                .filter(Objects::nonNull).toList());
    }

    private static Set<Long> suggested(List<PairDigest> digests) {
        Set<Long> ids = new HashSet<>();
        for (PairDigest digest : digests) {
            if (digest.latestReplacement() != null) {
                ids.addAll(digest.latestReplacement().suggestedShoeIds());
            }
            digest.older().forEach(n -> ids.addAll(n.suggestedShoeIds()));
        }
        return ids;
    }

    private static Paging paging(int page, int limit) {
        Paging paging = new Paging();
        paging.page = page;
        paging.limit = limit;
        return paging;
    }

    private record Picks(boolean coldStart, List<CustomerPage.Pick> picks, String unavailable) {
    }
}
