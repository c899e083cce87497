package io.solemate.aftercare;

import java.util.List;

/**
 * What is due for one owned pair, as a shop employee reads it: the latest replacement suggestion and the latest care
 * reminder, the older notifications up to a limit ({@code older}, newest first), and how many there are of each kind
 * and how many of them are unread, so nothing hidden goes uncounted. Dismissed notifications are not counted.
 */
public record PairDigest(long purchaseId, Notification latestReplacement, Notification latestCare,
        List<Notification> older, int replacements, int unreadReplacements, int careReminders, int unreadCare) {

    /** Every shown notification of the pair, read or unread. */
    public int total() {
        return replacements + careReminders;
    }

    public int unread() {
        return unreadReplacements + unreadCare;
    }
}
