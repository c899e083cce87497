package io.solemate.aftercare.services;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.solemate.aftercare.AftercareConfig;
import io.solemate.aftercare.IdRange;
import io.solemate.aftercare.Lifecycle;
import io.solemate.aftercare.ReplacementDue;
import io.solemate.aftercare.ReplacementSuggestion.Candidate;
import io.solemate.aftercare.ReplacementSuggestion;
import io.solemate.aftercare.stores.CatalogueStore;
import io.solemate.aftercare.stores.DueNotificationStore;
import io.solemate.aftercare.stores.PurchaseStore;
import io.solemate.recommend.model.UserInfo;
import io.solemate.recommend.serving.Eligibility;
import io.solemate.recommend.serving.ModelHolder;
import io.solemate.recommend.serving.ServedModel;
import io.solemate.recommend.serving.ShoeFilter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the replacement suggestion of every purchase in one id range whose suggestion is due
 * ({@link Lifecycle#replacementDue}) and not yet written. Only those few purchases reach Java.
 *
 * <p>Suggestions, best first, at most {@code suggestions}, held to the rules of recommendations
 * ({@link Eligibility#SELLABLE}, see {@link #eligibleFor}): the same shoe when it is still sold (active, pairs on
 * hand in the owner's size); then, from the current model, the shoes most similar by content that are in stock in
 * the owner's size (purchase size, else profile size) and made for their gender (or unisex) when known, re-ranked by
 * the owner's collaborative score. One colourway per style; styles the owner ever bought are left out, except the
 * style being replaced. Without a model, or for a shoe the model does not know yet, {@link FallbackCatalog} picks
 * them: shoes of the same category and material under the same rules, same gender as the worn shoe first, then
 * closest in price. A later refit never rewrites a suggestion already written.
 */
@ApplicationScoped
public class ReplacementPass {

    /** Candidates fetched beyond the wanted count, so excluding shoes the owner bought still leaves enough. */
    private static final int CANDIDATE_MARGIN = 10;
    /** Similar shoes handed to the collaborative re-ranking, per wanted suggestion. */
    private static final int RERANK_POOL_FACTOR = 4;

    private final PurchaseStore purchases;
    private final CatalogueStore catalogue;
    private final DueNotificationStore notifications;
    private final AftercareConfig config;
    private final ModelHolder models;
    private final Counter created;

    public ReplacementPass(PurchaseStore purchases, CatalogueStore catalogue, DueNotificationStore notifications,
            AftercareConfig config, ModelHolder models, MeterRegistry registry) {
        this.purchases = purchases;
        this.catalogue = catalogue;
        this.notifications = notifications;
        this.config = config;
        this.models = models;
        this.created = NotificationsCreated.counter(registry, "replacement");
    }

    public RunCache newRun() {
        return new RunCache(models.current(), catalogue.shoes().map(FallbackCatalog::new));
    }

    /** Writes the due suggestions of the range; answers how many it created. */
    public Uni<Integer> write(IdRange range, LocalDate today, RunCache cache) {
        return purchases.replacementsDue(range, today, config.referenceUsageKmPerWeek(), config.replacementWindowDays())
                .flatMap(due -> due.isEmpty() ? Uni.createFrom().item(0) : suggest(due, cache));
    }

    private Uni<Integer> suggest(List<ReplacementDue> due, RunCache cache) {
        boolean needsFallback = due.stream().anyMatch(d -> !cache.modelKnows(d.shoeId()));
        Uni<FallbackCatalog> fallback = needsFallback ? cache.fallback() : Uni.createFrom().nullItem();
        // Styles each owner ever bought (kept or returned): never suggested back, apart from the one replaced.
        Uni<Map<Long, Set<String>>> bought = purchases.boughtStyles(
                due.stream().map(ReplacementDue::userId).distinct().toArray(Long[]::new));
        return Uni.combine().all().unis(bought, fallback).asTuple()
                // Ranking scans the catalogue (content similarity, fallback sorting): keep it off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(found -> {
                    List<ReplacementSuggestion> suggestions = new ArrayList<>(due.size());
                    for (ReplacementDue d : due) {
                        List<Candidate> candidates = cache.modelKnows(d.shoeId())
                                ? modelCandidates(d, cache)
                                : found.getItem2().candidates(d, config.suggestions() + CANDIDATE_MARGIN);
                        suggestions.add(new ReplacementSuggestion(d, pick(d, candidates,
                                found.getItem1().getOrDefault(d.userId(), Set.of()), config.suggestions())));
                    }
                    return suggestions;
                })
                .flatMap(notifications::insertReplacements)
                .invoke(count -> created.increment(count));
    }

    /** The shoes most similar to the worn one that its owner may be offered, re-ranked for them. */
    private List<Candidate> modelCandidates(ReplacementDue d, RunCache cache) {
        ShoeFilter eligible = eligibleFor(d);
        List<Candidate> inSize = cache.similar(d.shoeId()).stream()
                .filter(eligible::accepts)
                .limit((long) config.suggestions() * RERANK_POOL_FACTOR + CANDIDATE_MARGIN)
                .map(s -> new Candidate(s.id(), s.name(), s.styleKey()))
                .toList();
        return rerank(inSize, d.userId(), cache.model());
    }

    /** What the owner may be offered: the recommendations' rules for their size and gender. */
    static ShoeFilter eligibleFor(ReplacementDue d) {
        UserInfo owner = new UserInfo(d.userId(), d.gender(), Double.isNaN(d.size()) ? null : (float) d.size(), null,
                null, null);
        return Eligibility.SELLABLE.filterFor(ShoeFilter.none(), owner);
    }

    /**
     * Orders by the owner's collaborative score, best first; shoes the collaborative model cannot score keep their
     * similarity order after the scored ones.
     */
    static List<Candidate> rerank(List<Candidate> bySimilarity, long userId, ServedModel model) {
        record Scored(Candidate candidate, double score) {
        }
        // A stable sort: equal scores, and all unscored shoes, keep their similarity order.
        return bySimilarity.stream()
                .map(c -> {
                    double score = model.collaborativeScore(userId, c.shoeId());
                    return new Scored(c, Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score);
                })
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .map(Scored::candidate)
                .toList();
    }

    /**
     * The same shoe first when still sold, then candidates of styles the owner never bought (or the one replaced),
     * one colourway per style, up to {@code limit}.
     */
    static List<Candidate> pick(ReplacementDue d, List<Candidate> candidates, Set<String> boughtStyles, int limit) {
        List<Candidate> picked = new ArrayList<>(limit);
        Set<String> shown = new HashSet<>();
        if (d.stillSold()) {
            picked.add(new Candidate(d.shoeId(), d.name(), d.style()));
            shown.add(d.style());
        }
        for (Candidate c : candidates) {
            if (picked.size() == limit) {
                break;
            }
            boolean ownedElsewhere = boughtStyles.contains(c.style()) && !c.style().equals(d.style());
            if (c.shoeId() != d.shoeId() && !ownedElsewhere && shown.add(c.style())) {
                picked.add(c);
            }
        }
        return picked;
    }
}
