package io.solemate.aftercare.services;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.solemate.aftercare.AftercareConfig;
import io.solemate.aftercare.CareTips;
import io.solemate.aftercare.IdRange;
import io.solemate.aftercare.Notification;
import io.solemate.aftercare.stores.DueNotificationStore;
import io.solemate.aftercare.stores.SeasonStore;
import io.solemate.aftercare.stores.Seasons;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Writes every care reminder of one id range that is due by today and not yet written, in one set-based statement
 * ({@link DueNotificationStore#insertCareReminders}). Where the owner's region has weather data for the season around
 * the due date — the 29 days centred on it — and a third or more of the observed days were wet, snowy or hot, the
 * most frequent of those is stored as the reminder's {@code tip}. The text (the shoe's care instructions, plus the
 * material-specific tip for that weather) is not stored: it is rendered when the reminder is read ({@link CareTips},
 * {@link Notification}), which keeps the rows, and so the millions a backlog writes, narrow.
 *
 * <p>The season of every region and day is computed once per run ({@link #seasons}) and handed to each batch as a
 * calendar it reads by position, so a batch neither recomputes nor joins it.
 */
@ApplicationScoped
public class CareReminderPass {

    private final SeasonStore weather;
    private final DueNotificationStore notifications;
    private final AftercareConfig config;
    private final Counter created;

    public CareReminderPass(SeasonStore weather, DueNotificationStore notifications, AftercareConfig config,
            MeterRegistry registry) {
        this.weather = weather;
        this.notifications = notifications;
        this.config = config;
        this.created = NotificationsCreated.counter(registry, "care");
    }

    /** Computes the season of every region and day once, for all the batches of a run. */
    public Uni<Seasons> seasons(LocalDate today) {
        return weather.seasons(today);
    }

    /** Writes the missing reminders of the range; answers how many it created. */
    public Uni<Integer> write(IdRange range, LocalDate today, Seasons seasons) {
        return notifications.insertCareReminders(range, today, config.referenceUsageKmPerWeek(),
                config.careReminderCount(), seasons).invoke(count -> created.increment(count));
    }
}
