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
 * Where the owner's region has weather data for the season around the due date — the 29 days centred on it — and a
 * third or more of the observed days were wet, snowy or hot, the most frequent of those is stored as the reminder's
 * {@code tip}. The text (the shoe's care instructions, plus the material-specific tip for that weather) is not stored:
 * it is rendered when the reminder is read ({@link CareTips}, {@link NotificationView}), which keeps the rows, and
 * so the millions a backlog writes, narrow.
 *
 * <p>A run writes all missing reminders of a purchase in one statement, so when the latest due reminder exists all
 * earlier ones do: a single index probe per purchase tells whether it is behind, and only purchases that are behind
 * get their reminders generated. That keeps a run that finds nothing new cheap. Of a purchase that is behind, every
 * due reminder is proposed and the unique key {@code notifications_once_key} with {@code ON CONFLICT DO NOTHING}
 * skips those already written: the check the insert makes anyway, and what keeps concurrent runs from writing a
 * reminder twice. Rows go in key order, so the key's index grows at one end.
 */
@ApplicationScoped
public class CareReminderPass {

    static final String INSERT = "WITH " + OwnedPurchases.CTE + """
            ,
            scheduled AS (
                SELECT o.purchase_id, o.user_id, o.purchased_on, o.care_interval_days,
                       least($5::int, ($3::date - o.purchased_on) / o.care_interval_days,
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
            span AS (
                SELECT region, min(observed_on) - 14 AS first_day, max(observed_on) + 14 AS last_day
                FROM environmental_data
                WHERE region IN (SELECT region FROM behind)
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
                FROM windowed),
            due AS (
                SELECT b.purchase_id, b.region, b.purchased_on + n * b.care_interval_days AS due_on
                FROM behind b CROSS JOIN LATERAL generate_series(1, b.due_count) AS n)
            INSERT INTO notifications (purchase_id, kind, due_on, tip)
            SELECT d.purchase_id, 'care', d.due_on, se.condition
            FROM due d
            LEFT JOIN season se ON se.region = d.region AND se.day = d.due_on
            ORDER BY d.purchase_id, d.due_on
            ON CONFLICT ON CONSTRAINT notifications_once_key DO NOTHING""";

    private final Pool pool;
    private final AftercareConfig config;
    private final Counter created;

    public CareReminderPass(Pool pool, AftercareConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.config = config;
        this.created = NotificationsCreated.counter(registry, "care");
    }

    /** Writes the missing reminders of the range; answers how many it created. */
    public Uni<Integer> write(IdRange range, LocalDate today) {
        Tuple parameters = Tuple.tuple()
                .addLong(range.from()).addLong(range.to()).addLocalDate(today)
                .addDouble(config.referenceUsageKmPerWeek()).addInteger(config.careReminderCount());
        return pool.preparedQuery(INSERT).execute(parameters).map(rows -> {
            created.increment(rows.rowCount());
            return rows.rowCount();
        });
    }
}
