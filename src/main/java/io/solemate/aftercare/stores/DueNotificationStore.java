package io.solemate.aftercare.stores;

import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.CareTips;
import io.solemate.aftercare.IdRange;
import io.solemate.aftercare.ReplacementSuggestion;
import io.solemate.aftercare.WeatherCondition;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the notifications that fell due, each at most once: the unique key {@code notifications_once_key} (purchase,
 * kind, ordinal) with {@code ON CONFLICT DO NOTHING} skips those already written, the check the insert makes anyway,
 * and what keeps concurrent runs from writing one twice. Reminder n of a purchase is written once, whatever its due
 * date becomes when settings or the catalogue change.
 */
@ApplicationScoped
public class DueNotificationStore {

    /**
     * Every care reminder of one id range that is due by today and not yet written (by ordinal: reminder n is due n
     * care intervals after the purchase), with the condition of its season as the {@code tip} where the owner's region
     * has one that day. A run writes all missing reminders of a purchase in one statement, so when the latest due
     * reminder exists all earlier ones do: a single index probe per purchase
     * tells whether it is behind, and only purchases that are behind get their reminders generated. That keeps a run
     * that finds nothing new cheap. Reminders are generated purchase by purchase, in due order, so that the unique
     * key's index grows at one end.
     *
     * <p>Parameters: those of {@link PurchaseStore#OWNED_IN_RANGE}, {@code $5} the most reminders a purchase gets,
     * {@code $6} to {@code $10} the {@link Seasons}.
     */
    static final String CARE_REMINDERS = "WITH " + PurchaseStore.OWNED_IN_RANGE + """
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
                                    AND x.ordinal = sc.due_count
                                  OFFSET 0)),
            due AS (
                -- Purchase by purchase, in due order, as the unique key sorts.
                SELECT b.purchase_id, b.season_row, n AS ordinal, b.purchased_on + n * b.care_interval_days AS due_on
                FROM behind b CROSS JOIN LATERAL generate_series(1, b.due_count) AS n)
            INSERT INTO notifications (purchase_id, kind, ordinal, due_on, tip)
            SELECT d.purchase_id, 'care', d.ordinal, d.due_on,
                   CASE WHEN d.due_on >= $7::date AND d.due_on < $7::date + $8::int
                        THEN ($10::text[])[($9::smallint[])[d.season_row * $8::int + (d.due_on - $7::date) + 1]]
                   END
            FROM due d
            ON CONFLICT ON CONSTRAINT notifications_once_key DO NOTHING""";

    /** The suggestions of a batch, as parallel arrays: purchase, due date, title, body, shoe ids as array literal. */
    static final String REPLACEMENTS = """
            INSERT INTO notifications (purchase_id, kind, ordinal, due_on, title, body, suggested_shoe_ids)
            SELECT r.purchase_id, 'replacement', 1, r.due_on, r.title, r.body, r.suggested::bigint[]
            FROM unnest($1::bigint[], $2::date[], $3::text[], $4::text[], $5::text[])
                 AS r (purchase_id, due_on, title, body, suggested)
            ON CONFLICT ON CONSTRAINT notifications_once_key DO NOTHING""";

    private static final String[] CONDITIONS = CareTips.CONDITIONS.stream().map(WeatherCondition::dbValue)
            .toArray(String[]::new);

    private final Pool pool;

    public DueNotificationStore(Pool pool) {
        this.pool = pool;
    }

    /**
     * Writes the missing care reminders of the range, at most {@code maxReminders} a purchase, the lifespan at the
     * reference usage; answers how many it created.
     */
    public Uni<Integer> insertCareReminders(IdRange range, LocalDate today, double referenceKmPerWeek,
            int maxReminders, Seasons seasons) {
        Tuple parameters = Tuple.tuple()
                .addLong(range.from()).addLong(range.to()).addLocalDate(today)
                .addDouble(referenceKmPerWeek).addInteger(maxReminders)
                .addArrayOfString(seasons.regions()).addLocalDate(seasons.firstDay()).addInteger(seasons.days())
                .addArrayOfShort(seasons.codes()).addArrayOfString(CONDITIONS);
        return BatchStatements.execute(pool, CARE_REMINDERS, parameters).map(rows -> rows.rowCount());
    }

    /** Writes the replacement suggestions not written yet; answers how many it created. */
    public Uni<Integer> insertReplacements(List<ReplacementSuggestion> suggestions) {
        Tuple parameters = Tuple.of(
                suggestions.stream().map(s -> s.due().purchaseId()).toArray(Long[]::new),
                suggestions.stream().map(s -> s.due().dueOn()).toArray(LocalDate[]::new),
                suggestions.stream().map(ReplacementSuggestion::title).toArray(String[]::new),
                suggestions.stream().map(ReplacementSuggestion::body).toArray(String[]::new),
                suggestions.stream().map(DueNotificationStore::shoeIdsLiteral).toArray(String[]::new));
        return pool.preparedQuery(REPLACEMENTS).execute(parameters).map(rows -> rows.rowCount());
    }

    /** The suggested shoe ids as a {@code bigint[]} literal, best first. */
    private static String shoeIdsLiteral(ReplacementSuggestion suggestion) {
        return suggestion.shoes().stream().map(c -> Long.toString(c.shoeId()))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
