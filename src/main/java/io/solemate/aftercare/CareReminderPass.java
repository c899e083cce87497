package io.solemate.aftercare;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Writes every care reminder of one id range that is due by today and not yet written, in one set-based statement.
 * A reminder carries the shoe's own care instructions; where the owner's region has weather data for the season
 * around the due date — the 29 days centred on it — and a third or more of the observed days were wet, snowy or hot,
 * the most frequent of those adds a material-specific tip ({@link CareTips}).
 *
 * <p>A run writes all missing reminders of a purchase in one statement, so when the latest due reminder exists all
 * earlier ones do: a single index probe per purchase tells whether it is behind, and only purchases that are behind
 * get their reminders generated. That keeps a run that finds nothing new cheap. The unique key
 * {@code notifications_once_key} with {@code ON CONFLICT DO NOTHING} keeps concurrent runs from writing a reminder
 * twice; the checks before it only save work.
 */
@ApplicationScoped
public class CareReminderPass {

    static final String INSERT = "WITH " + OwnedPurchases.CTE + """
            ,
            scheduled AS (
                SELECT o.*, least($5::int, ($3::date - o.purchased_on) / o.care_interval_days,
                                  o.life_days / o.care_interval_days) AS due_count
                FROM owned o),
            behind AS (
                -- A subquery, not a join: the planner would hash all users before knowing how few are behind.
                SELECT sc.*, (SELECT u.region FROM users u WHERE u.id = sc.user_id) AS region
                FROM scheduled sc
                WHERE sc.due_count >= 1
                  AND NOT EXISTS (SELECT 1 FROM notifications x
                                  WHERE x.purchase_id = sc.purchase_id AND x.kind = 'care'
                                    AND x.due_on = sc.purchased_on + sc.due_count * sc.care_interval_days)),
            missing AS (
                SELECT b.purchase_id, b.user_id, b.region, b.name, b.material, b.care_instructions,
                       b.purchased_on + n * b.care_interval_days AS due_on
                FROM behind b
                CROSS JOIN generate_series(1, $5::int) AS n
                WHERE n <= b.due_count
                  AND NOT EXISTS (SELECT 1 FROM notifications x
                                  WHERE x.purchase_id = b.purchase_id AND x.kind = 'care'
                                    AND x.due_on = b.purchased_on + n * b.care_interval_days)),
            span AS (
                SELECT region, min(observed_on) - 14 AS first_day, max(observed_on) + 14 AS last_day
                FROM environmental_data
                WHERE region IN (SELECT region FROM missing)
                GROUP BY region),
            calendar AS (
                SELECT sp.region, sp.first_day + k AS day
                FROM span sp CROSS JOIN LATERAL generate_series(0, sp.last_day - sp.first_day) AS k),
            windowed AS (
                SELECT c.region, c.day,
                       count(e.condition) OVER w AS observed,
                       count(*) FILTER (WHERE e.condition = 'wet') OVER w AS wet,
                       count(*) FILTER (WHERE e.condition = 'snowy') OVER w AS snowy,
                       count(*) FILTER (WHERE e.condition = 'hot') OVER w AS hot
                FROM calendar c
                LEFT JOIN environmental_data e ON e.region = c.region AND e.observed_on = c.day
                WINDOW w AS (PARTITION BY c.region ORDER BY c.day ROWS BETWEEN 14 PRECEDING AND 14 FOLLOWING)),
            season AS (
                SELECT region, day, CASE
                           WHEN greatest(wet, snowy, hot) = 0 OR 3 * greatest(wet, snowy, hot) < observed THEN NULL
                           WHEN snowy = greatest(wet, snowy, hot) THEN 'snowy'
                           WHEN wet = greatest(wet, snowy, hot) THEN 'wet'
                           ELSE 'hot' END AS condition
                FROM windowed)
            INSERT INTO notifications (user_id, purchase_id, kind, due_on, title, body)
            SELECT m.user_id, m.purchase_id, 'care', m.due_on, 'Time to care for your ' || m.name,
                   m.care_instructions || coalesce(E'\\n\\n' || tip.text, '')
            FROM missing m
            LEFT JOIN season se ON se.region = m.region AND se.day = m.due_on
            LEFT JOIN unnest($6::text[], $7::text[], $8::text[]) AS tip (condition, material, text)
                   ON tip.condition = se.condition AND tip.material = m.material
            ON CONFLICT ON CONSTRAINT notifications_once_key DO NOTHING""";

    private final Pool pool;
    private final AftercareConfig config;
    private final Counter created;
    private final CareTips.Columns tips = CareTips.columns();

    public CareReminderPass(Pool pool, AftercareConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.config = config;
        this.created = NotificationsCreated.counter(registry, "care");
    }

    /** Writes the missing reminders of the range; answers how many it created. */
    public Uni<Integer> write(IdRange range, LocalDate today) {
        Tuple parameters = Tuple.tuple()
                .addLong(range.from()).addLong(range.to()).addLocalDate(today)
                .addDouble(config.referenceUsageKmPerWeek()).addInteger(config.careReminderCount())
                .addArrayOfString(tips.conditions()).addArrayOfString(tips.materials())
                .addArrayOfString(tips.texts());
        return pool.preparedQuery(INSERT).execute(parameters).map(rows -> {
            created.increment(rows.rowCount());
            return rows.rowCount();
        });
    }
}
