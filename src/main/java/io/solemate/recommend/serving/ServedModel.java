package io.solemate.recommend.serving;

import io.solemate.recommend.model.Catalog;
import io.solemate.recommend.model.IdIndex;
import io.solemate.recommend.model.InteractionMatrix;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One immutable fitted model as requests read it: id maps, the interaction history, the fitted parts, and what is
 * built on them — the {@link Blend}, similar shoes, reasons. Nothing is mutated after construction, so one instance
 * serves any number of threads.
 */
public final class ServedModel {

    private final long version;
    private final Instant fittedAt;
    private final ModelStats stats;
    private final Catalog catalog;
    private final IdIndex users;
    private final InteractionMatrix history;
    private final ModelParts parts;
    /** Per request filter (the eligibility rules folded in): the active shoes it admits. */
    private final ShoeMasks<ShoeFilter> eligibleMasks;
    private final Blend blend;
    private final Retrieval retrieval;
    private final SimilarShoes similarShoes;
    private final Reasons reasons;
    private final ThreadLocal<Scratch> scratch;

    private ServedModel(long version, Instant fittedAt, ModelStats stats, Catalog catalog, IdIndex users,
                        InteractionMatrix history, ModelParts parts, Retrieval.Sizes retrievalSizes) {
        this.version = version;
        this.fittedAt = fittedAt;
        this.stats = stats;
        this.catalog = catalog;
        this.users = users;
        this.history = history;
        this.parts = parts;
        this.eligibleMasks = new ShoeMasks<>(filter -> filter.mask(catalog, true));
        this.blend = new Blend(catalog, parts, stats.blendWeights());
        this.scratch = ThreadLocal.withInitial(blend::newScratch);
        this.similarShoes = new SimilarShoes(catalog, parts.content(), eligibleMasks, scratch);
        this.retrieval = new Retrieval(retrievalSizes, blend, parts, similarShoes, catalog.size());
        this.reasons = new Reasons(catalog, history, parts.content(),
                parts.collaborativeAffinity(stats.blendWeights()));
    }

    /** A freshly fitted model; its stats are computed here. */
    public static ServedModel create(long version, Instant fittedAt, Catalog catalog, IdIndex users,
                                     InteractionMatrix history, ModelParts parts, BlendWeights weights,
                                     Map<String, Long> fitMillis, Map<String, Map<String, Double>> validation,
                                     Map<String, Map<String, String>> search) {
        long memory = memoryByPart(catalog, users, history, parts).values().stream().mapToLong(Long::longValue).sum();
        ModelStats stats = new ModelStats(users.size(), catalog.size(), history.nnz(), fitMillis, validation, search,
                weights, memory);
        return new ServedModel(version, fittedAt, stats, catalog, users, history, parts, Retrieval.Sizes.SERVING);
    }

    /** Rebuilds a decoded model; stats come from the encoded original. */
    static ServedModel restore(long version, Instant fittedAt, ModelStats stats, Catalog catalog, IdIndex users,
                               InteractionMatrix history, ModelParts parts) {
        return new ServedModel(version, fittedAt, stats, catalog, users, history, parts, Retrieval.Sizes.SERVING);
    }

    /** The same model with other retrieval sizes: retrieval then leaves shoes out of a test's small catalogue. */
    ServedModel withRetrieval(Retrieval.Sizes sizes) {
        return new ServedModel(version, fittedAt, stats, catalog, users, history, parts, sizes);
    }

    /** Estimated heap bytes of the served model by part (array payloads plus headers), largest parts first. */
    public Map<String, Long> memoryByPart() {
        return memoryByPart(catalog, users, history, parts);
    }

    private static Map<String, Long> memoryByPart(Catalog catalog, IdIndex users, InteractionMatrix history,
                                                  ModelParts parts) {
        Map<String, Long> fitted = parts.memoryByPart();
        Map<String, Long> all = new LinkedHashMap<>();
        all.put("collaborativeFactors", fitted.get("collaborativeFactors"));
        all.put("itemItemWeights", fitted.get("itemItemWeights"));
        // Histories with the decay a component chose where it differs from the served one.
        all.put("componentHistories", fitted.get("componentHistories"));
        // The raw history and its damped copy (the input of PureSVD's fold-in and of content profiles).
        all.put("interactionHistory", 2 * history.memoryBytes());
        all.put("tfidfIndex", fitted.get("tfidfIndex"));
        all.put("similarNeighbours", SimilarShoes.memoryBytes(catalog.size()));
        all.put("catalog", catalog.memoryBytes());
        all.put("customerIndex", users.memoryBytes());
        all.put("popularity", fitted.get("popularity"));
        return all;
    }

    public long version() {
        return version;
    }

    public Instant fittedAt() {
        return fittedAt;
    }

    public ModelStats stats() {
        return stats;
    }

    public Catalog catalog() {
        return catalog;
    }

    public IdIndex users() {
        return users;
    }

    /** The interaction history as fitted: raw weights and, per entry, the strongest kind of event. */
    public InteractionMatrix history() {
        return history;
    }

    public ModelParts parts() {
        return parts;
    }

    /** The one blend every ranking of this model goes through. */
    public Blend blend() {
        return blend;
    }

    /** The first stage of every served recommendation: the shoes the blend then ranks. */
    public Retrieval retrieval() {
        return retrieval;
    }

    public boolean knowsShoe(long shoeId) {
        return catalog.index().indexOf(shoeId) >= 0;
    }

    public boolean knowsUser(long userId) {
        return users.indexOf(userId) >= 0;
    }

    /** True when the shopper has interactions in the fitted history (else recommendations are cold-start). */
    public boolean hasHistory(long userId) {
        return parts.hasHistory(users.indexOf(userId));
    }

    /** Catalogue facts of a shoe as of the fit, or null when the shoe is unknown. */
    public ShoeInfo shoe(long shoeId) {
        int i = catalog.index().indexOf(shoeId);
        return i < 0 ? null : catalog.shoe(i);
    }

    /** Raw score of the collaborative model (ALS when fitted, else PureSVD); NaN for unknown users or shoes. */
    public double collaborativeScore(long userId, long shoeId) {
        int user = users.indexOf(userId);
        int item = catalog.index().indexOf(shoeId);
        return user < 0 || item < 0 ? Double.NaN : parts.collaborativeScore(user, item);
    }

    /**
     * The best shoes for a shopper. Known shoppers with history get the tuned blend of collaborative, content (their
     * history plus stated tastes) and popularity; others get stated tastes plus popularity among shoes for their
     * gender, size and preferred category.
     */
    public List<Recommendation> recommend(long userId, RecommendationQuery query) {
        return recommend(users.indexOf(userId), history, parts, retrieval, blend, reasons, query);
    }

    /**
     * The same for a model served without the whole history (trainer=external): the customer's own row and factors,
     * read on demand, stand in for their row of the history and of the user factors, in retrieval as in the blend.
     */
    public List<Recommendation> recommend(CustomerState customer, RecommendationQuery query) {
        ModelParts own = customerParts(customer);
        Blend ownBlend = blend.forCustomer(own);
        return recommend(0, customer.history(), own, retrieval.forCustomer(ownBlend, own), ownBlend,
                reasons.forHistory(customer.history()), query);
    }

    /** Raw collaborative score of one shoe for a customer read on demand; NaN without their factors. */
    public double collaborativeScore(CustomerState customer, long shoeId) {
        int item = catalog.index().indexOf(shoeId);
        return item < 0 || customer.factors() == null ? Double.NaN
                : customerParts(customer).collaborativeScore(0, item);
    }

    private ModelParts customerParts(CustomerState customer) {
        return parts.forCustomer(customer.damped(), customer.factors());
    }

    /**
     * The answer to the default request of a customer in memory ({@code profile} and {@code owned} from the customer
     * directory; no filter, every {@link Eligibility#SELLABLE} rule) for up to {@code depth} picks, or null when a
     * request for fewer picks could rank other candidates, so that its first picks would not be this answer's: what
     * {@link PrecomputedAnswers} keeps.
     */
    Recommendation[] defaultAnswer(long userId, UserInfo profile, Set<Long> owned, int depth) {
        Answer answer = answer(users.indexOf(userId), history, parts, retrieval, blend, reasons,
                new RecommendationQuery(depth, ShoeFilter.none(), Eligibility.SELLABLE, owned, profile));
        return answer.prefixesHold() ? answer.picks().toArray(new Recommendation[0]) : null;
    }

    private List<Recommendation> recommend(int user, InteractionMatrix history, ModelParts parts, Retrieval retrieval,
                                           Blend blend, Reasons reasons, RecommendationQuery query) {
        return answer(user, history, parts, retrieval, blend, reasons, query).picks();
    }

    /**
     * One ranking and whether its prefixes hold: whether a request for fewer picks ranks the same candidates (and so
     * returns this ranking's first picks). Retrieval depends on the limit only when it yields under twice the limit,
     * and the fallback to every eligible shoe only when the retrieved ones fell short of it.
     */
    private record Answer(List<Recommendation> picks, boolean prefixesHold) {
    }

    private Answer answer(int user, InteractionMatrix history, ModelParts parts, Retrieval retrieval, Blend blend,
                          Reasons reasons, RecommendationQuery query) {
        Scratch s = scratch.get();
        Candidates eligible = Candidates.forRequest(catalog, eligibleMasks, history, user, query, s);
        Candidates candidates = retrieval.retrieve(user, query.profile(), eligible, query.limit(), s);
        boolean allVariants = query.eligibility().allVariants();
        Blend.Ranking ranking = blend.rank(user, query.profile(), candidates, query.limit(), allVariants, s);
        boolean prefixesHold = candidates == eligible ? retrieval.ranksEveryEligible(eligible)
                : ranking.items().length == query.limit();
        // One colourway per style can leave the retrieved shoes short of the limit: then rank every eligible one.
        if (ranking.items().length < query.limit() && candidates != eligible) {
            ranking = blend.rank(user, query.profile(), eligible, query.limit(), allVariants, s);
        }
        int known = parts.hasHistory(user) ? user : -1;
        List<Recommendation> result = new ArrayList<>(ranking.items().length);
        for (int t = 0; t < ranking.items().length; t++) {
            int i = ranking.items()[t];
            result.add(new Recommendation(catalog.shoe(i).id(), ranking.scores()[t], ranking.shares()[t],
                    reasons.reason(i, ranking.shares()[t], known, query.profile(), ranking.scopedSize())));
        }
        return new Answer(result, prefixesHold);
    }

    /**
     * Shoes closest to the given one by content (TF-IDF cosine), best first, excluding itself; unless
     * {@code allVariants}, one colourway per style and none of its own style.
     */
    public List<ScoredShoe> similar(long shoeId, int limit, ShoeFilter filter, boolean allVariants) {
        int item = catalog.index().indexOf(shoeId);
        if (item < 0 || limit < 1) {
            return List.of();
        }
        return similarShoes.similar(item, limit, filter == null ? ShoeFilter.none() : filter, allVariants,
                scratch.get());
    }

    @Override
    public String toString() {
        return "ServedModel[v" + version + ", " + stats.users() + " users, " + stats.shoes() + " shoes, "
                + stats.interactions() + " interactions, " + stats.blendWeights() + "]";
    }
}
