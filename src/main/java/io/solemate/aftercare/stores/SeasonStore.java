package io.solemate.aftercare.stores;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Reads the weather ({@code environmental_data}) as the seasons that bring a care tip. */
@ApplicationScoped
public class SeasonStore {

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

    private final Pool pool;

    public SeasonStore(Pool pool) {
        this.pool = pool;
    }

    /** The season of every region and day, computed once for all the batches of a run. */
    public Uni<Seasons> seasons(LocalDate today) {
        return pool.query(SEASONS).execute().map(rows -> Seasons.of(rows, today));
    }
}
