package io.solemate.aftercare;

/**
 * The SQL both passes start from: owned (not returned) purchases in one id range with their shoe, UTC purchase day
 * and effective lifespan — the same arithmetic as {@link Lifecycle}, so Java and SQL agree to the day.
 * Parameters: {@code $1} first id, {@code $2} id after the last, {@code $3} today (UTC date), {@code $4} reference
 * usage in km a week.
 */
final class OwnedPurchases {

    static final String CTE = """
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

    private OwnedPurchases() {
    }
}
