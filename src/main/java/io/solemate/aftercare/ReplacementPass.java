package io.solemate.aftercare;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.solemate.recommend.ModelHolder;
import io.solemate.recommend.model.ScoredShoe;
import io.solemate.recommend.model.ShoeFilter;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.Snapshot;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Writes the replacement suggestion of every purchase in one id range whose suggestion is due
 * ({@link Lifecycle#replacementDue}) and not yet written. Only those few purchases reach Java.
 *
 * <p>Suggestions, best first, at most {@code suggestions}: the same shoe when it is still sold (active and in
 * stock); then, from the current model, the shoes most similar by content that are in stock in the owner's size
 * (purchase size, else profile size), re-ranked by the owner's collaborative score; shoes the owner ever bought are
 * left out. Without a model, or for a shoe the model does not know yet, the candidates are chosen in SQL: active,
 * in-stock shoes of the same category and material in the size, same gender first, then closest in price. A later
 * refit never rewrites a suggestion already written.
 */
@ApplicationScoped
public class ReplacementPass {

    /** Candidates fetched beyond the wanted count, so excluding shoes the owner bought still leaves enough. */
    private static final int CANDIDATE_MARGIN = 10;
    /** Similar shoes handed to the collaborative re-ranking, per wanted suggestion. */
    private static final int RERANK_POOL_FACTOR = 4;

    static final String DUE = "WITH " + OwnedPurchases.CTE + """
            ,
            due AS (
                SELECT o.*, greatest(o.purchased_on, o.purchased_on + o.life_days - $5::int) AS due_on
                FROM owned o)
            SELECT d.purchase_id, d.user_id, d.shoe_id, coalesce(d.eu_size, u.shoe_size)::float8 AS size, d.name,
                   d.still_sold, d.due_on, d.purchased_on + d.life_days AS end_of_life
            FROM due d
            JOIN users u ON u.id = d.user_id
            WHERE d.due_on <= $3
              AND NOT EXISTS (SELECT 1 FROM notifications x
                              WHERE x.purchase_id = d.purchase_id AND x.kind = 'replacement' AND x.due_on = d.due_on)
            ORDER BY d.purchase_id""";

    static final String BOUGHT = """
            SELECT user_id, array_agg(DISTINCT shoe_id) AS shoe_ids FROM purchases
            WHERE user_id = ANY($1) GROUP BY user_id""";

    /** The catalogue the fallback ranks, sizes in tenths. */
    static final String CATALOGUE = """
            SELECT s.id, s.name, s.category, s.material, s.gender, s.price::float8 AS price,
                   s.active AND s.in_stock AS sold,
                   coalesce((SELECT array_agg((z.eu_size * 10)::int) FROM shoe_sizes z WHERE z.shoe_id = s.id), '{}')
                       AS sizes
            FROM shoes s""";

    static final String INSERT = """
            INSERT INTO notifications (user_id, purchase_id, kind, due_on, title, body, suggested_shoe_ids)
            SELECT r.user_id, r.purchase_id, 'replacement', r.due_on, r.title, r.body, r.suggested::bigint[]
            FROM unnest($1::bigint[], $2::bigint[], $3::date[], $4::text[], $5::text[], $6::text[])
                 AS r (user_id, purchase_id, due_on, title, body, suggested)
            ON CONFLICT ON CONSTRAINT notifications_once_key DO NOTHING""";

    private final Pool pool;
    private final AftercareConfig config;
    private final ModelHolder models;
    private final Counter created;

    public ReplacementPass(Pool pool, AftercareConfig config, ModelHolder models, MeterRegistry registry) {
        this.pool = pool;
        this.config = config;
        this.models = models;
        this.created = NotificationsCreated.counter(registry, "replacement");
    }

    /** A purchase whose replacement suggestion is due. {@code size} is NaN when unknown. */
    record Due(long purchaseId, long userId, long shoeId, double size, String name, boolean stillSold,
            LocalDate dueOn, LocalDate endOfLife) {

        static Due of(Row row) {
            Double size = row.getDouble("size");
            return new Due(row.getLong("purchase_id"), row.getLong("user_id"), row.getLong("shoe_id"),
                    size == null ? Double.NaN : size, row.getString("name"), row.getBoolean("still_sold"),
                    row.getLocalDate("due_on"), row.getLocalDate("end_of_life"));
        }

        ShoeKey key() {
            return new ShoeKey(shoeId, size);
        }
    }

    /** A shoe in one size (NaN: any size): candidates depend on nothing else. */
    record ShoeKey(long shoeId, double size) {
    }

    record Candidate(long shoeId, String name) {
    }

    /** Caches that live for one run of the job, shared by its batches. */
    public static final class RunCache {
        private final Map<ShoeKey, List<Candidate>> similar = new ConcurrentHashMap<>();
        private final Uni<FallbackCatalog> fallback;

        private RunCache(Uni<FallbackCatalog> fallback) {
            this.fallback = fallback.memoize().indefinitely();
        }
    }

    /** Caches for a new run; the fallback catalogue is read at most once, when a batch first needs it. */
    public RunCache newRun() {
        return new RunCache(pool.query(CATALOGUE).execute().map(rows -> {
            List<FallbackCatalog.Shoe> shoes = new ArrayList<>(rows.size());
            rows.forEach(row -> shoes.add(new FallbackCatalog.Shoe(row.getLong("id"), row.getString("name"),
                    row.getString("category"), row.getString("material"), row.getString("gender"),
                    row.getDouble("price"), row.getBoolean("sold"),
                    Arrays.stream(row.getArrayOfIntegers("sizes")).mapToInt(Integer::intValue).toArray())));
            return new FallbackCatalog(shoes);
        }));
    }

    /** Writes the due suggestions of the range; answers how many it created. */
    public Uni<Integer> write(IdRange range, LocalDate today, RunCache cache) {
        Tuple parameters = Tuple.tuple().addLong(range.from()).addLong(range.to()).addLocalDate(today)
                .addDouble(config.referenceUsageKmPerWeek()).addInteger(config.replacementWindowDays());
        return pool.preparedQuery(DUE).execute(parameters)
                .map(rows -> {
                    List<Due> due = new ArrayList<>(rows.size());
                    rows.forEach(row -> due.add(Due.of(row)));
                    return due;
                })
                .flatMap(due -> due.isEmpty() ? Uni.createFrom().item(0) : suggest(due, cache));
    }

    private Uni<Integer> suggest(List<Due> due, RunCache cache) {
        Optional<Snapshot> model = models.current();
        return bought(due).flatMap(bought -> Uni.createFrom()
                        // Content similarity scans the whole catalogue: keep it off the event loop.
                        .item(() -> modelCandidates(due, model, cache))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .flatMap(fromModel -> (fromModel.size() == due.size() ? Uni.createFrom().<FallbackCatalog>nullItem()
                                : cache.fallback)
                                .emitOn(Infrastructure.getDefaultWorkerPool())
                                .map(fallback -> {
                                    List<Suggestion> suggestions = new ArrayList<>(due.size());
                                    for (Due d : due) {
                                        List<Candidate> candidates = fromModel.containsKey(d.purchaseId())
                                                ? fromModel.get(d.purchaseId())
                                                : fallback.candidates(d.key(), config.suggestions() + CANDIDATE_MARGIN);
                                        suggestions.add(new Suggestion(d, pick(d, candidates,
                                                bought.getOrDefault(d.userId(), Set.of()), config.suggestions())));
                                    }
                                    return suggestions;
                                })))
                .flatMap(this::insert);
    }

    /** Shoes each owner ever bought (kept or returned): never suggested back, apart from the same shoe. */
    private Uni<Map<Long, Set<Long>>> bought(List<Due> due) {
        Long[] users = due.stream().map(Due::userId).distinct().toArray(Long[]::new);
        return pool.preparedQuery(BOUGHT).execute(Tuple.tuple().addArrayOfLong(users)).map(rows -> {
            Map<Long, Set<Long>> bought = new HashMap<>();
            rows.forEach(row -> bought.put(row.getLong("user_id"),
                    new HashSet<>(List.of(row.getArrayOfLongs("shoe_ids")))));
            return bought;
        });
    }

    /**
     * Per purchase, the model's candidates re-ranked for its owner; purchases whose shoe the model does not know (or
     * all, without a model) are left for the SQL fallback.
     */
    private Map<Long, List<Candidate>> modelCandidates(List<Due> due, Optional<Snapshot> model, RunCache cache) {
        Map<Long, List<Candidate>> byPurchase = new HashMap<>();
        if (model.isEmpty()) {
            return byPurchase;
        }
        Snapshot snapshot = model.get();
        int poolSize = config.suggestions() * RERANK_POOL_FACTOR + CANDIDATE_MARGIN;
        for (Due d : due) {
            if (!snapshot.knowsShoe(d.shoeId())) {
                continue;
            }
            List<Candidate> similar = cache.similar.computeIfAbsent(d.key(), key -> {
                Float size = Double.isNaN(key.size()) ? null : (float) key.size();
                ShoeFilter filter = new ShoeFilter(null, null, null, null, null, size, true);
                List<Candidate> found = new ArrayList<>();
                for (ScoredShoe s : snapshot.similar(key.shoeId(), poolSize, filter)) {
                    ShoeInfo info = snapshot.shoe(s.shoeId());
                    found.add(new Candidate(s.shoeId(), info.name()));
                }
                return found;
            });
            byPurchase.put(d.purchaseId(), rerank(similar, d.userId(), snapshot));
        }
        return byPurchase;
    }

    /**
     * Orders by the owner's collaborative score, best first; shoes the collaborative model cannot score keep their
     * similarity order after the scored ones.
     */
    static List<Candidate> rerank(List<Candidate> bySimilarity, long userId, Snapshot snapshot) {
        Map<Candidate, Double> scores = new LinkedHashMap<>();
        for (Candidate c : bySimilarity) {
            double score = snapshot.collaborativeScore(userId, c.shoeId());
            scores.put(c, Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score);
        }
        return bySimilarity.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> scores.get(c)).reversed())
                .toList();
    }

    /** The same shoe first when still sold, then candidates the owner never bought, up to {@code limit}. */
    static List<Candidate> pick(Due d, List<Candidate> candidates, Set<Long> bought, int limit) {
        List<Candidate> picked = new ArrayList<>(limit);
        if (d.stillSold()) {
            picked.add(new Candidate(d.shoeId(), d.name()));
        }
        for (Candidate c : candidates) {
            if (picked.size() == limit) {
                break;
            }
            if (!bought.contains(c.shoeId()) && c.shoeId() != d.shoeId()) {
                picked.add(c);
            }
        }
        return picked;
    }

    /** One notification to write. */
    record Suggestion(Due due, List<Candidate> shoes) {

        String title() {
            return "Time to replace your " + due.name() + "?";
        }

        String body() {
            StringBuilder body = new StringBuilder("Your ").append(due.name())
                    .append(" reach the end of their life around ").append(due.endOfLife()).append(". ");
            List<String> others = shoes.stream().filter(c -> c.shoeId() != due.shoeId()).map(Candidate::name).toList();
            if (due.stillSold()) {
                body.append("They are still available");
                body.append(others.isEmpty() ? "." : ", or try: " + String.join(", ", others) + ".");
            } else if (others.isEmpty()) {
                body.append("Nothing similar is in stock in your size right now.");
            } else {
                body.append("Our picks for you: ").append(String.join(", ", others)).append('.');
            }
            return body.toString();
        }

        String shoeIdsLiteral() {
            return shoes.stream().map(c -> Long.toString(c.shoeId())).collect(Collectors.joining(",", "{", "}"));
        }
    }

    private Uni<Integer> insert(List<Suggestion> suggestions) {
        Tuple parameters = Tuple.of(
                suggestions.stream().map(s -> s.due().userId()).toArray(Long[]::new),
                suggestions.stream().map(s -> s.due().purchaseId()).toArray(Long[]::new),
                suggestions.stream().map(s -> s.due().dueOn()).toArray(LocalDate[]::new),
                suggestions.stream().map(Suggestion::title).toArray(String[]::new),
                suggestions.stream().map(Suggestion::body).toArray(String[]::new),
                suggestions.stream().map(Suggestion::shoeIdsLiteral).toArray(String[]::new));
        return pool.preparedQuery(INSERT).execute(parameters).map(rows -> {
            created.increment(rows.rowCount());
            return rows.rowCount();
        });
    }
}
