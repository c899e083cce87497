package io.solemate.aftercare.stores;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.IdRange;
import io.solemate.aftercare.Lifecycle;
import io.solemate.aftercare.OwnedPurchase;
import io.solemate.aftercare.ReplacementDue;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads purchases for after-care: the id span the job batches, the purchases whose replacement suggestion is due,
 * what their owners ever bought, and the shoes a customer owns.
 */
@ApplicationScoped
public class PurchaseStore {

    private static final String IDS =
            "SELECT coalesce(min(id), 1) AS first, coalesce(max(id), 0) AS last FROM purchases";

    /**
     * The SQL both passes start from: owned (not returned) purchases in one id range with their shoe, UTC purchase day
     * and effective lifespan — the same arithmetic as {@link Lifecycle}, so Java and SQL agree to the day.
     * Parameters: {@code $1} first id, {@code $2} id after the last, {@code $3} today (UTC date), {@code $4} reference
     * usage in km a week.
     */
    static final String OWNED_IN_RANGE = """
            owned AS (
                SELECT p.id AS purchase_id, p.user_id, p.shoe_id, p.eu_size, s.name, s.material, s.care_instructions,
                       s.care_interval_days, s.active AND s.in_stock AS still_sold,
                       (p.purchased_at AT TIME ZONE 'UTC')::date AS purchased_on,
                       floor(s.lifespan_days * CASE
                           WHEN p.usage_km_per_week IS NULL THEN 1.0::float8
                           WHEN p.usage_km_per_week <= 0 THEN 2.0::float8
                           ELSE least(2.0::float8, greatest(0.5::float8, $4::float8 / p.usage_km_per_week::float8))
                       END)::int AS life_days
                FROM purchases p
                JOIN shoes s ON s.id = p.shoe_id
                WHERE p.id >= $1 AND p.id < $2 AND p.returned_at IS NULL)""";

    /** Parameters: those of {@link #OWNED_IN_RANGE}, {@code $5} the replacement window in days. */
    static final String REPLACEMENTS_DUE = "WITH " + OWNED_IN_RANGE + """
            ,
            due AS (
                SELECT o.*, greatest(o.purchased_on, o.purchased_on + o.life_days - $5::int) AS due_on
                FROM owned o)
            SELECT d.purchase_id, d.user_id, d.shoe_id, s.style, d.name, d.due_on, d.end_of_life,
                   d.size::float8 AS size, d.gender,
                   -- Still sold means sellable to this owner: active, and pairs on hand in their size when known.
                   d.still_sold AND (d.size IS NULL OR EXISTS (SELECT 1 FROM shoe_sizes z
                       WHERE z.shoe_id = d.shoe_id AND z.eu_size = d.size AND z.stock > 0)) AS still_sold
            FROM (SELECT d.*, d.purchased_on + d.life_days AS end_of_life,
                         -- Subqueries, not a join: only the few due purchases need the owner's size and gender.
                         coalesce(d.eu_size, (SELECT u.shoe_size FROM users u WHERE u.id = d.user_id)) AS size,
                         (SELECT u.gender FROM users u WHERE u.id = d.user_id) AS gender
                  FROM due d
                  WHERE d.due_on <= $3
                    -- One index probe per purchase (OFFSET 0: not an anti join, which may hash the whole table).
                    -- A purchase gets one suggestion, whatever the window or lifespan became since it was written.
                    AND NOT EXISTS (SELECT 1 FROM notifications x
                                    WHERE x.purchase_id = d.purchase_id AND x.kind = 'replacement'
                                      AND x.ordinal = 1 OFFSET 0)) d
            JOIN shoes s ON s.id = d.shoe_id
            ORDER BY d.purchase_id""";

    /**
     * Owner by owner through {@code purchases_user_idx}: as {@code user_id = ANY($1)} the planner scans all purchases
     * for the few thousand owners of a batch, once per batch.
     */
    static final String BOUGHT = """
            SELECT u.id AS user_id, b.styles
            FROM unnest($1::bigint[]) AS u (id)
            CROSS JOIN LATERAL (SELECT coalesce(array_agg(DISTINCT s.style), '{}') AS styles
                                FROM purchases p JOIN shoes s ON s.id = p.shoe_id
                                WHERE p.user_id = u.id) b""";

    private static final String OWNED = """
            SELECT p.id AS purchase_id, p.purchased_at, p.usage_km_per_week, s.id AS shoe_id, s.name,
                   b.name AS brand, s.category, s.material, s.care_instructions, s.care_interval_days, s.lifespan_days
            FROM purchases p JOIN shoes s ON s.id = p.shoe_id JOIN brands b ON b.id = s.brand_id
            WHERE p.user_id = $1 AND p.returned_at IS NULL
            ORDER BY p.purchased_at DESC, p.id DESC""";

    private final Pool pool;

    public PurchaseStore(Pool pool) {
        this.pool = pool;
    }

    /** All purchase ids, lowest to highest; empty without purchases. */
    public Uni<IdRange> ids() {
        return pool.query(IDS).execute().map(rows -> {
            Row row = rows.iterator().next();
            return new IdRange(row.getLong("first"), row.getLong("last") + 1);
        });
    }

    /**
     * The purchases of the range whose replacement suggestion is due by {@code today} and not yet written, the end of
     * life at the reference usage, the suggestion due {@code windowDays} before it; by purchase id.
     */
    public Uni<List<ReplacementDue>> replacementsDue(IdRange range, LocalDate today, double referenceKmPerWeek,
            int windowDays) {
        Tuple parameters = Tuple.tuple().addLong(range.from()).addLong(range.to()).addLocalDate(today)
                .addDouble(referenceKmPerWeek).addInteger(windowDays);
        return BatchStatements.execute(pool, REPLACEMENTS_DUE, parameters).map(rows -> {
            List<ReplacementDue> due = new ArrayList<>(rows.size());
            rows.forEach(row -> {
                Double size = row.getDouble("size");
                due.add(new ReplacementDue(row.getLong("purchase_id"), row.getLong("user_id"), row.getLong("shoe_id"),
                        row.getString("style"), size == null ? Double.NaN : size, row.getString("gender"),
                        row.getString("name"), row.getBoolean("still_sold"), row.getLocalDate("due_on"),
                        row.getLocalDate("end_of_life")));
            });
            return due;
        });
    }

    /** The styles each of the owners ever bought, kept or returned. */
    public Uni<Map<Long, Set<String>>> boughtStyles(Long[] owners) {
        return pool.preparedQuery(BOUGHT).execute(Tuple.tuple().addArrayOfLong(owners)).map(rows -> {
            Map<Long, Set<String>> bought = new HashMap<>();
            rows.forEach(row -> bought.put(row.getLong("user_id"),
                    new HashSet<>(List.of(row.getArrayOfStrings("styles")))));
            return bought;
        });
    }

    /** The purchases the customer still owns, newest first. */
    public Uni<List<OwnedPurchase>> owned(long userId) {
        return pool.preparedQuery(OWNED).execute(Tuple.of(userId)).map(rows -> {
            List<OwnedPurchase> owned = new ArrayList<>(rows.size());
            rows.forEach(row -> owned.add(new OwnedPurchase(row.getLong("purchase_id"),
                    row.getOffsetDateTime("purchased_at").toInstant(), row.getFloat("usage_km_per_week"),
                    row.getLong("shoe_id"), row.getString("name"), row.getString("brand"), row.getString("category"),
                    row.getString("material"), row.getString("care_instructions"),
                    row.getInteger("care_interval_days"), row.getInteger("lifespan_days"))));
            return owned;
        });
    }
}
