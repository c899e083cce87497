package io.solemate.recommend.model;

import io.solemate.interactions.EventKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * One immutable fitted model set: id maps, the interaction history, collaborative factors, TF-IDF index, popularity
 * and the tuned blend. All state is final and never mutated after construction, so one instance can serve any
 * number of threads.
 */
public final class Snapshot {

    /** Blend for shoppers without history: stated tastes lead, popularity fills in. */
    static final BlendWeights COLD_START_BLEND = new BlendWeights(0, 0.6, 0.4);
    /** Stated tastes next to a history query (unit length): a nudge, not a takeover. */
    private static final float PROFILE_WEIGHT_WITH_HISTORY = 0.3f;
    /** About 2.5 KB per scope at 20,000 shoes. */
    private static final int MAX_CACHED_SCOPES = 1024;
    /** Content neighbours ranked per shoe at fit time: 4 MB at 20,000 shoes, and enough for typical filters. */
    private static final int PRECOMPUTED_NEIGHBOURS = 50;

    private final long version;
    private final Instant fittedAt;
    private final ModelStats stats;
    private final Catalog catalog;
    private final IdIndex users;
    private final InteractionMatrix history;
    private final InteractionMatrix dampedHistory;
    private final double[] popularity;
    private final Collaborative collaborative;
    private final ContentModel content;
    private final BlendWeights weights;
    /** Shoe i is offered; a flat copy so unfiltered requests never touch the shoe records. */
    private final boolean[] active;
    private final ThreadLocal<Scratch> scratch;
    /** Per shoe, its best {@link #PRECOMPUTED_NEIGHBOURS} unfiltered {@link #similar} answers in order. */
    private final int[][] neighbours;
    private final Map<PopularityScope, long[]> scopeMasks = new ConcurrentHashMap<>();

    private Snapshot(long version, Instant fittedAt, ModelStats stats, Catalog catalog, IdIndex users,
                     InteractionMatrix history, double[] popularity, Collaborative collaborative,
                     ContentModel content, BlendWeights weights) {
        this.version = version;
        this.fittedAt = fittedAt;
        this.stats = stats;
        this.catalog = catalog;
        this.users = users;
        this.history = history;
        // PureSVD folds in the same damped history; share it rather than keep two copies.
        this.dampedHistory = collaborative != null && collaborative.svd() != null
                ? collaborative.svd().history() : history.mapValues(ModelFitter.DAMPED);
        this.popularity = popularity;
        this.collaborative = collaborative;
        this.content = content;
        this.weights = weights;
        this.active = new boolean[catalog.size()];
        for (int i = 0; i < active.length; i++) {
            active[i] = catalog.shoes()[i].active();
        }
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(catalog.size(), content.newQuery().length));
        this.neighbours = new int[catalog.size()][];
        IntStream.range(0, neighbours.length).parallel().forEach(item -> neighbours[item] =
                rankSimilar(item, ShoeFilter.none(), PRECOMPUTED_NEIGHBOURS, scratch.get()));
    }

    static Snapshot create(long version, Instant fittedAt, Catalog catalog, IdIndex users, InteractionMatrix history,
                           double[] popularity, Collaborative collaborative, ContentModel content,
                           BlendWeights weights, Map<String, Long> fitMillis,
                           Map<String, Map<String, Double>> validation) {
        long memory = memoryByPart(catalog, users, history, popularity, collaborative, content).values().stream()
                .mapToLong(Long::longValue).sum();
        ModelStats stats = new ModelStats(users.size(), catalog.size(), history.nnz(), fitMillis, validation, weights,
                collaborative == null ? "none" : collaborative.choice().label, memory);
        return new Snapshot(version, fittedAt, stats, catalog, users, history, popularity, collaborative, content,
                weights);
    }

    /** Estimated heap bytes of the served model by part (array payloads plus headers), largest parts first. */
    public Map<String, Long> memoryByPart() {
        return memoryByPart(catalog, users, history, popularity, collaborative, content);
    }

    private static Map<String, Long> memoryByPart(Catalog catalog, IdIndex users, InteractionMatrix history,
                                                  double[] popularity, Collaborative collaborative,
                                                  ContentModel content) {
        Map<String, Long> parts = new LinkedHashMap<>();
        parts.put("collaborativeFactors", collaborative == null ? 0 : collaborative.memoryBytes());
        // The raw history and its damped copy (PureSVD's input, shared with it).
        parts.put("interactionHistory", 2 * history.memoryBytes());
        parts.put("tfidfIndex", content.memoryBytes());
        // At most: shoes without enough positive cosines keep fewer.
        parts.put("similarNeighbours", catalog.size() * (16L + 4L * PRECOMPUTED_NEIGHBOURS));
        parts.put("catalog", catalog.memoryBytes());
        parts.put("customerIndex", 8L * users.size());
        parts.put("popularity", 8L * popularity.length);
        return parts;
    }

    /** Rebuilds a decoded snapshot; stats come from the encoded original. */
    static Snapshot restore(long version, Instant fittedAt, ModelStats stats, Catalog catalog, IdIndex users,
                            InteractionMatrix history, double[] popularity, Collaborative collaborative,
                            ContentModel content) {
        return new Snapshot(version, fittedAt, stats, catalog, users, history, popularity, collaborative, content,
                stats.blendWeights());
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

    public boolean knowsShoe(long shoeId) {
        return catalog.index().indexOf(shoeId) >= 0;
    }

    public boolean knowsUser(long userId) {
        return users.indexOf(userId) >= 0;
    }

    /** True when the shopper has interactions in the fitted history (else recommendations are cold-start). */
    public boolean hasHistory(long userId) {
        int user = users.indexOf(userId);
        return user >= 0 && history.rowLength(user) > 0;
    }

    /** Catalogue facts of a shoe as of the fit, or null when the shoe is unknown. */
    public ShoeInfo shoe(long shoeId) {
        int i = catalog.index().indexOf(shoeId);
        return i < 0 ? null : catalog.shoes()[i];
    }

    /** Raw score of the collaborative model (ALS when fitted, else PureSVD); NaN for unknown users or shoes. */
    public double collaborativeScore(long userId, long shoeId) {
        int user = users.indexOf(userId);
        int item = catalog.index().indexOf(shoeId);
        if (user < 0 || item < 0 || collaborative == null) {
            return Double.NaN;
        }
        return collaborative.rawScore(user, item);
    }

    /**
     * The best shoes for a shopper. Known shoppers with history get the tuned blend of collaborative, content (their
     * history plus stated tastes) and popularity; others get stated tastes plus popularity among shoes for their
     * gender, size and preferred category.
     */
    public List<Recommendation> recommend(long userId, RecommendationQuery query) {
        int user = users.indexOf(userId);
        boolean hasHistory = user >= 0 && history.rowLength(user) > 0;
        UserInfo profile = query.profile();
        Scratch scratch = this.scratch.get();
        int[] candidates = scratch.candidates;
        int n = candidates(user, query, scratch);
        BlendWeights w = hasHistory && collaborative != null ? weights : COLD_START_BLEND;

        // A component weighted zero adds exactly zero to every blend and can never be the reason, so it is not
        // computed: with the usual tuned blend that skips the content query and its postings entirely.
        float[] firstCollab = null;
        float[] secondCollab = null;
        if (w.collaborative() > 0) {
            collaborative.rawScores(user, scratch.firstCollaborative, scratch.secondCollaborative);
            firstCollab = scratch.firstCollaborative;
            secondCollab = collaborative.averagesTwo() ? scratch.secondCollaborative : null;
        }
        double[] contentScores = null;
        if (w.content() > 0 && contentQuery(hasHistory ? user : -1, profile, scratch.query)) {
            contentScores = scratch.content;
            content.score(scratch.query, contentScores);
        }
        PopularityScope scope = PopularityScope.of(profile, !hasHistory);
        Components parts = new Components(firstCollab, secondCollab, contentScores,
                w.popularity() > 0 ? scopeMask(scope) : null, w.popularity() > 0, candidates, n);

        // Blended scores packed by candidate position: candidates ascend, so TopK's lower-index-first tie-break
        // picks the same shoes as over the whole catalogue with non-candidates at -infinity.
        double[] blended = scratch.blended;
        parts.blendInto(w, blended);
        int[] top = TopK.select(blended, n, query.limit());
        List<Recommendation> result = new ArrayList<>(top.length);
        for (int c : top) {
            int i = candidates[c];
            ComponentScores weighted = new ComponentScores(w.collaborative() * parts.collaborative(i),
                    w.content() * parts.content(i), w.popularity() * parts.popularity(i));
            result.add(new Recommendation(catalog.shoes()[i].id(), blended[c], weighted,
                    reason(i, weighted, hasHistory ? user : -1, profile, scope.size())));
        }
        return result;
    }

    /**
     * One request's components, raw in scratch buffers and min-max normalized over the candidates as they are read,
     * so no normalized copy of any of them is written. Absent components read as zero. The loops run once per
     * candidate shoe and are most of a request's cost, so each component gets its own branch-free pass.
     */
    private final class Components {
        private final float[] firstCollab;
        private final float[] secondCollab;
        private final double[] content;
        private final long[] popularityScope;
        private final boolean popular;
        private final int[] candidates;
        private final int n;
        private final Blender.Range firstRange;
        private final Blender.Range secondRange;
        private final Blender.Range contentRange;
        private final Blender.Range popularityRange;

        Components(float[] firstCollab, float[] secondCollab, double[] content, long[] popularityScope,
                   boolean popular, int[] candidates, int n) {
            this.firstCollab = firstCollab;
            this.secondCollab = secondCollab;
            this.content = content;
            this.popularityScope = popularityScope;
            this.popular = popular;
            this.candidates = candidates;
            this.n = n;
            firstRange = firstCollab == null ? Blender.Range.NONE : Blender.Range.over(firstCollab, candidates, n);
            secondRange = secondCollab == null ? Blender.Range.NONE
                    : Blender.Range.over(secondCollab, candidates, n);
            contentRange = content == null ? Blender.Range.NONE : Blender.Range.over(content, candidates, n);
            popularityRange = popular ? popularityRange() : Blender.Range.NONE;
        }

        private Blender.Range popularityRange() {
            if (popularityScope == null) {
                return Blender.Range.over(popularity, candidates, n);
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < n; c++) {
                int i = candidates[c];
                double p = scoped(i);
                min = p < min ? p : min;
                max = p > max ? p : max;
            }
            return Blender.Range.of(min, max, n);
        }

        /**
         * blended[c] = w · components of candidate c, summed in the order collaborative, content, popularity (a
         * skipped component would have added exactly zero).
         */
        void blendInto(BlendWeights w, double[] blended) {
            Arrays.fill(blended, 0, n, 0);
            if (firstCollab != null) {
                double weight = w.collaborative();
                for (int c = 0; c < n; c++) {
                    blended[c] += weight * collaborative(candidates[c]);
                }
            }
            if (content != null) {
                double weight = w.content();
                for (int c = 0; c < n; c++) {
                    blended[c] += weight * contentRange.normalize(content[candidates[c]]);
                }
            }
            if (popular && popularityRange.scale() > 0) {
                double weight = w.popularity();
                for (int c = 0; c < n; c++) {
                    blended[c] += weight * popularity(candidates[c]);
                }
            }
        }

        /** As {@link Collaborative#normalizedScores}: one model's, or the mean of both normalized. */
        double collaborative(int i) {
            if (firstCollab == null) {
                return 0;
            }
            double first = firstRange.normalize(firstCollab[i]);
            return secondCollab == null ? first : 0.5 * (first + secondRange.normalize(secondCollab[i]));
        }

        double content(int i) {
            return content == null ? 0 : contentRange.normalize(content[i]);
        }

        double popularity(int i) {
            if (!popular) {
                return 0;
            }
            return popularityRange.normalize(popularityScope == null ? popularity[i] : scoped(i));
        }

        /** Popularity if in scope, else 0: a multiply by the scope bit, as a branch on it mispredicts too often. */
        private double scoped(int i) {
            return popularity[i] * ((popularityScope[i >>> 6] >>> i) & 1L);
        }
    }

    /**
     * Shoes closest to the given one by content (TF-IDF cosine), best first, excluding itself. Served from the
     * neighbours ranked at fit time while the filter leaves enough of them; else by scanning the catalogue.
     */
    public List<ScoredShoe> similar(long shoeId, int limit, ShoeFilter filter) {
        int item = catalog.index().indexOf(shoeId);
        if (item < 0 || limit < 1) {
            return List.of();
        }
        ShoeFilter f = filter == null ? ShoeFilter.none() : filter;
        ShoeInfo[] shoes = catalog.shoes();
        int[] near = neighbours[item];
        List<ScoredShoe> result = new ArrayList<>(Math.min(limit, near.length));
        for (int i : near) {
            if (result.size() == limit) {
                break;
            }
            if (f.accepts(shoes[i])) {
                // The same float products summed in the same term order as the scan: the identical double.
                result.add(new ScoredShoe(shoes[i].id(), content.cosine(item, i)));
            }
        }
        // A short answer is final unless the precomputed list was cut at its length and so may miss matches.
        if (result.size() == limit || near.length < PRECOMPUTED_NEIGHBOURS) {
            return result;
        }
        Scratch scratch = this.scratch.get();
        result.clear();
        for (int i : rankSimilar(item, f, limit, scratch)) {
            result.add(new ScoredShoe(shoes[i].id(), scratch.content[i]));
        }
        return result;
    }

    /**
     * The {@code limit} active shoes passing the filter with the highest positive cosine to {@code item}, best first
     * (ties: lower index first); their scores are left in {@code scratch.content}.
     */
    private int[] rankSimilar(int item, ShoeFilter filter, int limit, Scratch scratch) {
        float[] query = scratch.query;
        Arrays.fill(query, 0f);
        content.addItem(item, 1f, query);
        double[] scores = scratch.content;
        content.score(query, scores);
        boolean admitsAll = filter.admitsAll();
        ShoeInfo[] shoes = catalog.shoes();
        for (int i = 0; i < scores.length; i++) {
            if (i == item || scores[i] <= 0 || !active[i] || !(admitsAll || filter.accepts(shoes[i]))) {
                scores[i] = Double.NEGATIVE_INFINITY;
            }
        }
        return TopK.select(scores, limit);
    }

    /** The hybrid as a plain ranker for the offline evaluation, with the fit's total time. */
    public RankingModel asRankingModel() {
        return new RankingModel() {
            @Override
            public String name() {
                return "Hybrid";
            }

            @Override
            public long fitMillis() {
                return stats.fitMillis().getOrDefault("total", 0L);
            }

            @Override
            public long[] itemIds() {
                return catalog.index().ids().clone();
            }

            @Override
            public void score(long userId, boolean[] excluded, double[] out) {
                int items = catalog.size();
                int user = users.indexOf(userId);
                int[] candidates = new int[items];
                int n = 0;
                for (int i = 0; i < items; i++) {
                    if (!excluded[i] && catalog.shoes()[i].active()) {
                        candidates[n++] = i;
                    }
                }
                boolean hasHistory = user >= 0 && history.rowLength(user) > 0;
                double[] collab = hasHistory && collaborative != null
                        ? collaborative.normalizedScores(user, candidates, n, items) : new double[items];
                float[] query = content.newQuery();
                double[] contentScores = new double[items];
                if (contentQuery(hasHistory ? user : -1, null, query)) {
                    content.score(query, contentScores);
                    Blender.minMax(contentScores, candidates, n, items);
                }
                double[] pop = Blender.minMax(popularity.clone(), candidates, n, items);
                BlendWeights w = hasHistory && collaborative != null ? weights : COLD_START_BLEND;
                Blender.combine(w, collab, contentScores, pop, candidates, n, out);
            }
        };
    }

    /** Active shoes passing the filter and, when asked, not owned, into the scratch; returns how many. */
    private int candidates(int user, RecommendationQuery query, Scratch scratch) {
        int items = catalog.size();
        boolean[] owned = scratch.owned;
        if (query.excludeOwned()) {
            for (Long id : query.ownedShoeIds()) {
                int i = catalog.index().indexOf(id);
                if (i >= 0) {
                    owned[i] = true;
                }
            }
            if (user >= 0) {
                for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
                    if (history.strongestKind(k) == EventKind.PURCHASE) {
                        owned[history.colIndex(k)] = true;
                    }
                }
            }
        }
        ShoeFilter filter = query.filter();
        boolean admitsAll = filter.admitsAll();
        ShoeInfo[] shoes = catalog.shoes();
        int[] out = scratch.candidates;
        int n = 0;
        for (int i = 0; i < items; i++) {
            if (owned[i]) {
                owned[i] = false;
            } else if (active[i] && (admitsAll || filter.accepts(shoes[i]))) {
                out[n++] = i;
            }
        }
        return n;
    }

    /** Writes history vectors (unit length) plus stated tastes into {@code query}; false when there is neither. */
    private boolean contentQuery(int user, UserInfo profile, float[] query) {
        Arrays.fill(query, 0f);
        boolean any = false;
        if (user >= 0) {
            for (int k = dampedHistory.rowStart(user); k < dampedHistory.rowEnd(user); k++) {
                content.addItem(dampedHistory.colIndex(k), dampedHistory.value(k), query);
            }
            double norm = 0;
            for (float q : query) {
                norm += q * q;
            }
            if (norm > 0) {
                float inv = (float) (1 / Math.sqrt(norm));
                for (int t = 0; t < query.length; t++) {
                    query[t] *= inv;
                }
                any = true;
            }
        }
        if (profile != null && profile.hasTaste()) {
            content.addText(Catalog.document(profile), any ? PROFILE_WEIGHT_WITH_HISTORY : 1f, query);
            any = true;
        }
        return any;
    }

    /** The sentence for the component that contributed most; {@code scopedSize} is set when popularity was sized. */
    Reason reason(int item, ComponentScores parts, int user, UserInfo profile, Float scopedSize) {
        if (parts.collaborative() >= parts.content() && parts.collaborative() >= parts.popularity()
                && parts.collaborative() > 0) {
            return new Reason(ReasonKind.SHOPPERS_LIKE_YOU, null, "Popular with shoppers like you");
        }
        if (parts.content() >= parts.popularity() && parts.content() > 0) {
            Reason anchored = anchoredReason(item, user);
            if (anchored != null) {
                return anchored;
            }
            if (profile != null && profile.hasTaste()) {
                return new Reason(ReasonKind.MATCHES_YOUR_TASTE, null,
                        "Matches your taste for " + tasteWords(profile, catalog.shoes()[item]));
            }
        }
        if (scopedSize != null) {
            return new Reason(ReasonKind.TRENDING_IN_YOUR_SIZE, null,
                    "Trending in your size (EU " + formatSize(scopedSize) + ")");
        }
        return new Reason(ReasonKind.POPULAR, null, "Popular right now");
    }

    /** "Because you bought X", anchored on the history shoe most similar in content to the pick. */
    private Reason anchoredReason(int item, int user) {
        if (user < 0) {
            return null;
        }
        int best = -1;
        double bestSimilarity = 0;
        for (int k = history.rowStart(user); k < history.rowEnd(user); k++) {
            int h = history.colIndex(k);
            double similarity = h == item ? 0 : content.cosine(h, item);
            if (similarity > bestSimilarity) {
                best = k;
                bestSimilarity = similarity;
            }
        }
        if (best < 0) {
            return null;
        }
        ShoeInfo anchor = catalog.shoes()[history.colIndex(best)];
        String verb = switch (history.strongestKind(best)) {
            case PURCHASE -> "bought";
            case RATING -> "rated";
            case LIKE, CART -> "liked";
            default -> "viewed";
        };
        return new Reason(ReasonKind.BECAUSE_YOU_BOUGHT, anchor.id(), "Because you " + verb + " " + anchor.name());
    }

    /** The stated tastes the shoe matches, e.g. "suede boots"; all stated tastes if it matches none literally. */
    private static String tasteWords(UserInfo profile, ShoeInfo shoe) {
        List<String> words = new ArrayList<>();
        List<String> stated = new ArrayList<>();
        addTaste(profile.preferredBrand(), shoe.brand(), words, stated);
        addTaste(profile.preferredMaterial(), shoe.material(), words, stated);
        addTaste(profile.preferredCategory(), shoe.category(), words, stated);
        return String.join(" ", words.isEmpty() ? stated : words);
    }

    private static void addTaste(String taste, String shoeValue, List<String> matched, List<String> stated) {
        if (taste != null) {
            stated.add(taste.toLowerCase(Locale.ROOT));
            if (taste.equalsIgnoreCase(shoeValue)) {
                matched.add(taste.toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String formatSize(float size) {
        return size == Math.rint(size) ? String.valueOf((int) size) : String.valueOf(size);
    }

    /**
     * Which shoes popularity may promote: for a profile with gender or size, only shoes for that gender (or unisex)
     * in that size; for a cold-start shopper also only their preferred category.
     */
    private record PopularityScope(String gender, Float size, String category) {

        static PopularityScope of(UserInfo profile, boolean coldStart) {
            if (profile == null) {
                return new PopularityScope(null, null, null);
            }
            return new PopularityScope(profile.gender(), profile.shoeSize(),
                    coldStart ? profile.preferredCategory() : null);
        }

        /** Bit i set when shoe i is in scope; null when the scope admits every shoe. */
        long[] mask(ShoeInfo[] shoes) {
            if (gender == null && size == null && category == null) {
                return null;
            }
            ShoeFilter scope = new ShoeFilter(category, null, gender, null, null, size, false);
            long[] bits = new long[(shoes.length + 63) >>> 6];
            for (int i = 0; i < shoes.length; i++) {
                if (scope.accepts(shoes[i])) {
                    bits[i >>> 6] |= 1L << i;
                }
            }
            return bits;
        }
    }

    /**
     * The scope's mask, cached: shoppers share few (gender, size, category) combinations, and testing every shoe's
     * strings and sizes per request cost more than the rest of a cold-start request. The cache is bounded because
     * scopes come from request input.
     */
    private long[] scopeMask(PopularityScope scope) {
        long[] cached = scopeMasks.get(scope);
        if (cached != null) {
            return cached;
        }
        long[] mask = scope.mask(catalog.shoes());
        if (mask != null && scopeMasks.size() < MAX_CACHED_SCOPES) {
            scopeMasks.putIfAbsent(scope, mask);
        }
        return mask;
    }

    // Package-private views for the codec.

    Catalog catalog() {
        return catalog;
    }

    IdIndex users() {
        return users;
    }

    InteractionMatrix history() {
        return history;
    }

    double[] popularity() {
        return popularity;
    }

    Collaborative collaborative() {
        return collaborative;
    }

    ContentModel content() {
        return content;
    }

    @Override
    public String toString() {
        return "Snapshot[v" + version + ", " + stats.users() + " users, " + stats.shoes() + " shoes, "
                + stats.interactions() + " interactions, " + stats.collaborativeModel() + ", " + weights + "]";
    }
}
