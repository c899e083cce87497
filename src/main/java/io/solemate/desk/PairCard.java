package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.aftercare.resources.NotificationView;
import java.util.List;

/**
 * One owned pair on the customer page: its facts, the latest replacement suggestion (first) and the latest care
 * reminder, older notifications folded and counted ({@code older} carries the newest of them; the pair's own page
 * lists every one), and the confirmation of an action taken on this card.
 */
@RegisterForReflection
public record PairCard(Pair pair, Notice latestReplacement, Notice latestCare, List<Notice> older, int total,
        int unread, int olderCount, int olderUnread, Confirmation confirmation) {

    /** Older notifications that the fold does not carry: only the pair's page shows them. */
    public boolean moreOnPairPage() {
        return olderCount > older.size();
    }

    public boolean anything() {
        return total > 0;
    }

    /** A notification with the suggested shoes resolved to catalogue facts. */
    @RegisterForReflection
    public record Notice(NotificationView notification, List<ShoeFacts> suggestions) {

        public boolean unread() {
            return "unread".equals(notification.status());
        }

        /** A care reminder; otherwise a replacement suggestion. */
        public boolean care() {
            return "care".equals(notification.kind());
        }

        /** "care reminder due 3 Oct 2026": what a button's label names, so each reads differently. */
        public String label() {
            return (care() ? "care reminder" : "replacement suggestion") + " due "
                    + DeskFormat.date(notification.dueOn());
        }
    }
}
