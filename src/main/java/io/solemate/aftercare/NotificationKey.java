package io.solemate.aftercare;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies a notification: the purchase, the kind and the due date ({@code notifications_once_key}). The API
 * shows it as one id, {@code <purchase>-<kind>-<due date>}, e.g. {@code 4711-care-2026-01-05}.
 */
public record NotificationKey(long purchaseId, String kind, LocalDate dueOn) {

    private static final Pattern ID = Pattern.compile("(\\d{1,18})-(care|replacement)-(.+)");

    public String id() {
        return purchaseId + "-" + kind + "-" + dueOn;
    }

    /** The key an id names; empty when the text is no notification id. */
    public static Optional<NotificationKey> ofId(String id) {
        Matcher parts = ID.matcher(id);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new NotificationKey(Long.parseLong(parts.group(1)), parts.group(2),
                    LocalDate.parse(parts.group(3))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
