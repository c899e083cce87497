package io.solemate.aftercare;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every care reminder of one id range that is due by today and not yet written, in one set-based statement.
 * Where the owner's region has weather data for the season around the due date — the 29 days centred on it — and a
 * third or more of the observed days were wet, snowy or hot, the most frequent of those is stored as the reminder's
 * {@code tip}. The text (the shoe's care instructions, plus the material-specific tip for that weather) is not stored:
 * it is rendered when the reminder is read ({@link CareTips}, {@link NotificationView}), which keeps the rows, and
 * so the millions a backlog writes, narrow.
 *
 * <p>The season of every region and day is computed once per run ({@link #seasons}) and handed to each batch as a
 * calendar it reads by position, so a batch neither recomputes nor joins it.
 *
 * <p>A run writes all missing reminders of a purchase in one statement, so when the latest due reminder exists all
 * earlier ones do: a single index probe per purchase tells whether it is behind, and only purchases that are behind
 * get their reminders generated. That keeps a run that finds nothing new cheap. Of a purchase that is behind, every
 * due reminder is proposed and the unique key {@code notifications_once_key} with {@code ON CONFLICT DO NOTHING}
 * skips those already written: the check the insert makes anyway, and what keeps concurrent runs from writing a
 * reminder twice. Reminders are generated purchase by purchase, in due order, so that index grows at one end.
 */
@ApplicationScoped
public class CareReminderPass {

    /**
     * The days of each region whose season brings a tip: those where the region has weather data within the 29 days
     * centred on the day and a third or more of the observed days were wet, snowy or hot; the most frequent of those
     * (snow before wet before hot on a tie) is the day's condition.
     */
    static final String SEASONS = """
            WITH span AS (
                SELECT region, min(observed_on) - 14 AS first_day, max(observed_on) + 14 AS last_day
                FROM environmental_data
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
            SELECT region, day, condition FROM season WHERE condition IS NOT NULL""";

    /**
     * Parameters: those of {@link OwnedPurchases}, {@code $5} the most reminders a purchase gets, {@code $6} to
     * {@code $10} the {@link Seasons}.
     */
    static final String INSERT = "WITH " + OwnedPurchases.CTE + """
            ,
            scheduled AS (
                SELECT o.purchase_id, o.user_id, o.purchased_on, o.care_interval_days,
                       least($5::int, ($3::date - o.purchased_on) / o.care_interval_days,
                             o.life_days / o.care_interval_days) AS due_count
                FROM owned o),
            -- Materialized, so that the owner's region is looked up once per purchase, not once per reminder.
            behind AS MATERIALIZED (
                -- A subquery, not a join: the planner would hash all users before knowing how few are behind.
                SELECT sc.*,
                       array_position($6::text[], (SELECT u.region FROM users u WHERE u.id = sc.user_id)) - 1
                           AS season_row
                FROM scheduled sc
                WHERE sc.due_count >= 1
                  -- One index probe per purchase (OFFSET 0: not an anti join, which may hash the whole table).
                  AND NOT EXISTS (SELECT 1 FROM notifications x
                                  WHERE x.purchase_id = sc.purchase_id AND x.kind = 'care'
                                    AND x.due_on = sc.purchased_on + sc.due_count * sc.care_interval_days
                                  OFFSET 0)),
            due AS (
                -- Purchase by purchase, in due order, as the unique key sorts.
                SELECT b.purchase_id, b.season_row, b.purchased_on + n * b.care_interval_days AS due_on
                FROM behind b CROSS JOIN LATERAL generate_series(1, b.due_count) AS n)
            INSERT INTO notifications (purchase_id, kind, due_on, tip)
            SELECT d.purchase_id, 'care', d.due_on,
                   CASE WHEN d.due_on >= $7::date AND d.due_on < $7::date + $8::int
                        THEN ($10::text[])[($9::smallint[])[d.season_row * $8::int + (d.due_on - $7::date) + 1]]
                   END
            FROM due d
            ON CONFLICT ON CONSTRAINT notifications_once_key DO NOTHING""";

    private static final String[] CONDITIONS = CareTips.CONDITIONS.toArray(String[]::new);

    private final Pool pool;
    private final AftercareConfig config;
    private final Counter created;

    public CareReminderPass(Pool pool, AftercareConfig config, MeterRegistry registry) {
        this.pool = pool;
        this.config = config;
        this.created = NotificationsCreated.counter(registry, "care");
    }

    /**
     * The season of every region and day, as a calendar the insert reads by position: {@code days} days from
     * {@code firstDay} for each of the {@code regions}, region after region, each day coded as 0 (no tip) or the
     * 1-based position of its condition in {@link CareTips#CONDITIONS}. A few kilobytes for ten regions over two years.
     */
    public record Seasons(String[] regions, LocalDate firstDay, int days, Short[] codes) {

        static Seasons of(Iterable<Row> tipDays, LocalDate today) {
            List<Row> rows = new ArrayList<>();
            tipDays.forEach(rows::add);
            if (rows.isEmpty()) {
                return new Seasons(new String[0], today, 0, new Short[0]);
            }
            List<String> regions = rows.stream().map(row -> row.getString("region")).distinct().sorted().toList();
            Map<String, Integer> index = new HashMap<>();
            regions.forEach(region -> index.put(region, index.size()));
            LocalDate first = rows.stream().map(row -> row.getLocalDate("day")).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = rows.stream().map(row -> row.getLocalDate("day")).max(LocalDate::compareTo).orElseThrow();
            int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
            Short[] codes = new Short[regions.size() * days];
            Arrays.fill(codes, (short) 0);
            for (Row row : rows) {
                int at = index.get(row.getString("region")) * days
                        + (int) ChronoUnit.DAYS.between(first, row.getLocalDate("day"));
                codes[at] = (short) (CareTips.CONDITIONS.indexOf(row.getString("condition")) + 1);
            }
            return new Seasons(regions.toArray(String[]::new), first, days, codes);
        }
    }

    /** Computes the season of every region and day once, for all the batches of a run. */
    public Uni<Seasons> seasons(LocalDate today) {
        return pool.query(SEASONS).execute().map(rows -> Seasons.of(rows, today));
    }

    /** Writes the missing reminders of the range; answers how many it created. */
    public Uni<Integer> write(IdRange range, LocalDate today, Seasons seasons) {
        Tuple parameters = Tuple.tuple()
                .addLong(range.from()).addLong(range.to()).addLocalDate(today)
                .addDouble(config.referenceUsageKmPerWeek()).addInteger(config.careReminderCount())
                .addArrayOfString(seasons.regions()).addLocalDate(seasons.firstDay()).addInteger(seasons.days())
                .addArrayOfShort(seasons.codes()).addArrayOfString(CONDITIONS);
        return BatchStatements.execute(pool, INSERT, parameters).map(rows -> {
            created.increment(rows.rowCount());
            return rows.rowCount();
        });
    }
}
