package io.solemate.aftercare;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.solemate.recommend.model.ShoeFilter;
import io.solemate.recommend.model.ShoeInfo;
import io.solemate.recommend.model.Snapshot;
import io.solemate.recommend.serving.ModelHolder;
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
 * left out. Without a model, or for a shoe the model does not know yet, {@link FallbackCatalog} picks them: active,
 * in-stock shoes of the same category and material in the size, same gender first, then closest in price. A later
 * refit never rewrites a suggestion already written.
 */
@ApplicationScoped
public class ReplacementPass {

    /** Candidates fetched beyond the wanted count, so excluding shoes the owner bought still leaves enough. */
    private static final int CANDIDATE_MARGIN = 10;
    /** Similar shoes handed to the collaborative re-ranking, per wanted suggestion. */
    private static final int RERANK_POOL_FACTOR = 4;
    /** Similar shoes kept per worn shoe before the size filter: enough for the re-ranking pool in most sizes. */
    private static final int SIMILAR_PER_SHOE = 200;
    private static final ShoeFilter IN_STOCK = new ShoeFilter(null, null, null, null, null, null, true);

    static final String DUE = "WITH " + OwnedPurchases.CTE + """
            ,
            due AS (
                SELECT o.*, greatest(o.purchased_on, o.purchased_on + o.life_days - $5::int) AS due_on
                FROM owned o)
            SELECT d.purchase_id, d.user_id, d.shoe_id, d.name, d.still_sold, d.due_on,
                   d.purchased_on + d.life_days AS end_of_life,
                   -- A subquery, not a join: only the few due purchases need the owner's size.
                   coalesce(d.eu_size, (SELECT u.shoe_size FROM users u WHERE u.id = d.user_id))::float8 AS size
            FROM due d
            WHERE d.due_on <= $3
              -- One index probe per purchase (OFFSET 0: not an anti join, which may hash the whole table).
              AND NOT EXISTS (SELECT 1 FROM notifications x
                              WHERE x.purchase_id = d.purchase_id AND x.kind = 'replacement' AND x.due_on = d.due_on
                              OFFSET 0)
            ORDER BY d.purchase_id""";

    /**
     * Owner by owner through {@code purchases_user_idx}: as {@code user_id = ANY($1)} the planner scans all purchases
     * for the few thousand owners of a batch, once per batch.
     */
    static final String BOUGHT = """
            SELECT u.id AS user_id, b.shoe_ids
            FROM unnest($1::bigint[]) AS u (id)
            CROSS JOIN LATERAL (SELECT coalesce(array_agg(DISTINCT p.shoe_id), '{}') AS shoe_ids FROM purchases p
                                WHERE p.user_id = u.id) b""";

    /** The catalogue the fallback ranks, sizes in tenths. */
    static final String CATALOGUE = """
            SELECT s.id, s.name, s.category, s.material, s.gender, s.price::float8 AS price,
                   s.active AND s.in_stock AS sold,
                   coalesce((SELECT array_agg((z.eu_size * 10)::int) FROM shoe_sizes z WHERE z.shoe_id = s.id), '{}')
                       AS sizes
            FROM shoes s""";

    static final String INSERT = """
            INSERT INTO notifications (purchase_id, kind, due_on, title, body, suggested_shoe_ids)
            SELECT r.purchase_id, 'replacement', r.due_on, r.title, r.body, r.suggested::bigint[]
            FROM unnest($1::bigint[], $2::date[], $3::text[], $4::text[], $5::text[])
                 AS r (purchase_id, due_on, title, body, suggested)
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

    /** A shoe in one size (NaN: any size): fallback candidates depend on nothing else. */
    record ShoeKey(long shoeId, double size) {
    }

    record Candidate(long shoeId, String name) {
    }

    /**
     * What one run of the job shares between its batches: the model as the run started (a refit mid-run does not
     * mix two models), similar-shoe lists per shoe, and the fallback catalogue, read at most once, when a
     * batch first needs it.
     */
    public static final class RunCache {
        private final Optional<Snapshot> model;
        private final Map<Long, List<ShoeInfo>> similar = new ConcurrentHashMap<>();
        private final Uni<FallbackCatalog> fallback;

        private RunCache(Optional<Snapshot> model, Uni<FallbackCatalog> fallback) {
            this.model = model;
            this.fallback = fallback.memoize().indefinitely();
        }

        boolean modelKnows(long shoeId) {
            return model.isPresent() && model.get().knowsShoe(shoeId);
        }
    }

    public RunCache newRun() {
        return new RunCache(models.current(), pool.query(CATALOGUE).execute().map(rows -> {
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
        return BatchStatements.execute(pool, DUE, parameters)
                .map(rows -> {
                    List<Due> due = new ArrayList<>(rows.size());
                    rows.forEach(row -> due.add(Due.of(row)));
                    return due;
                })
                .flatMap(due -> due.isEmpty() ? Uni.createFrom().item(0) : suggest(due, cache));
    }

    private Uni<Integer> suggest(List<Due> due, RunCache cache) {
        boolean needsFallback = due.stream().anyMatch(d -> !cache.modelKnows(d.shoeId()));
        Uni<FallbackCatalog> fallback = needsFallback ? cache.fallback : Uni.createFrom().nullItem();
        return Uni.combine().all().unis(bought(due), fallback).asTuple()
                // Ranking scans the catalogue (content similarity, fallback sorting): keep it off the event loop.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(found -> {
                    List<Suggestion> suggestions = new ArrayList<>(due.size());
                    for (Due d : due) {
                        List<Candidate> candidates = cache.modelKnows(d.shoeId())
                                ? modelCandidates(d, cache)
                                : found.getItem2().candidates(d.key(), config.suggestions() + CANDIDATE_MARGIN);
                        suggestions.add(new Suggestion(d, pick(d, candidates,
                                found.getItem1().getOrDefault(d.userId(), Set.of()), config.suggestions())));
                    }
                    return suggestions;
                })
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

    /** The shoes most similar to the worn one, in stock in the size, re-ranked for its owner. */
    private List<Candidate> modelCandidates(Due d, RunCache cache) {
        Snapshot snapshot = cache.model.orElseThrow();
        // Similarity scans the whole catalogue, so it is computed once per shoe and filtered by size per purchase.
        List<ShoeInfo> similar = cache.similar.computeIfAbsent(d.shoeId(), shoeId -> snapshot
                .similar(shoeId, SIMILAR_PER_SHOE, IN_STOCK).stream()
                .map(s -> snapshot.shoe(s.shoeId()))
                .toList());
        List<Candidate> inSize = similar.stream()
                .filter(s -> Double.isNaN(d.size()) || s.hasSize((float) d.size()))
                .limit((long) config.suggestions() * RERANK_POOL_FACTOR + CANDIDATE_MARGIN)
                .map(s -> new Candidate(s.id(), s.name()))
                .toList();
        return rerank(inSize, d.userId(), snapshot);
    }

    /**
     * Orders by the owner's collaborative score, best first; shoes the collaborative model cannot score keep their
     * similarity order after the scored ones.
     */
    static List<Candidate> rerank(List<Candidate> bySimilarity, long userId, Snapshot snapshot) {
        record Scored(Candidate candidate, double score) {
        }
        // A stable sort: equal scores, and all unscored shoes, keep their similarity order.
        return bySimilarity.stream()
                .map(c -> {
                    double score = snapshot.collaborativeScore(userId, c.shoeId());
                    return new Scored(c, Double.isNaN(score) ? Double.NEGATIVE_INFINITY : score);
                })
                .sorted(Comparator.comparingDouble(Scored::score).reversed())
                .map(Scored::candidate)
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
