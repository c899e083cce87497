package io.solemate.aftercare;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What identifies a notification: the purchase, the kind and the ordinal — the n-th care reminder of the purchase,
 * its (first and only) replacement suggestion ({@code notifications_once_key}). Unlike the due date, the ordinal does
 * not move when the care interval, the lifespan or the replacement window change. The API shows it as one id,
 * {@code <purchase>-<kind>-<ordinal>}, e.g. {@code 4711-care-3}.
 */
public record NotificationKey(long purchaseId, String kind, int ordinal) {

    private static final Pattern ID = Pattern.compile("(\\d{1,18})-(care|replacement)-([1-9]\\d{0,3})");

    public String id() {
        return purchaseId + "-" + kind + "-" + ordinal;
    }

    /** The key an id names; empty when the text is no notification id. */
    public static Optional<NotificationKey> ofId(String id) {
        Matcher parts = ID.matcher(id);
        if (!parts.matches()) {
            return Optional.empty();
        }
        return Optional.of(new NotificationKey(Long.parseLong(parts.group(1)), parts.group(2),
                Integer.parseInt(parts.group(3))));
    }
}
