package io.solemate.aftercare;

import io.solemate.catalog.Material;
import io.solemate.common.Vocabulary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An after-care notification as stored, with the purchased shoe it is about. {@code title} and {@code body} are null
 * for a care reminder written narrow: its text is rendered when it is read, from the shoe's name, care instructions
 * and material and the stored season {@code tip} ({@link CareTips}). Stored text is shown as stored: replacement
 * suggestions, and care reminders written before reminders were stored narrow. {@code suggestedShoeIds} (best first)
 * is empty for care reminders.
 */
public record Notification(NotificationKey key, LocalDate dueOn, long userId, String title, String body, String tip,
        List<Long> suggestedShoeIds, String status, Instant createdAt, Instant statusChangedAt, String shoeName,
        String shoeMaterial, String shoeCareInstructions) {

    /** The title as shown: the stored one, else a care reminder's rendered from the shoe. */
    public String shownTitle() {
        return title != null ? title : CareTips.title(shoeName);
    }

    /** The body as shown: the stored one, else a care reminder's rendered from the shoe and the season's tip. */
    public String shownBody() {
        return body != null ? body : CareTips.body(shoeCareInstructions,
                Vocabulary.find(WeatherCondition.class, tip).orElse(null),
                Vocabulary.find(Material.class, shoeMaterial).orElse(null));
    }
}
