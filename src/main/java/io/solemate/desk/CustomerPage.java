package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.aftercare.resources.NotificationView;
import io.solemate.aftercare.resources.OwnedShoeView;
import io.solemate.customers.resources.CustomerView;
import io.solemate.recommend.api.RecommendationView;
import io.solemate.recommend.serving.ComponentScores;
import java.util.List;
import java.util.Map;

/**
 * Everything the customer page shows. {@code recommendationsUnavailable} explains an empty list when no model is
 * served yet; {@code notice} confirms the last action (post/redirect/get).
 */
@RegisterForReflection
public record CustomerPage(CustomerView customer, Map<String, Long> activity, List<HistoryEntry> history,
        boolean coldStart, List<Pick> recommendations, String recommendationsUnavailable, List<OwnedShoe> shoes,
        String notice) {

    /** A recommended shoe and the shares of its score, in whole percent, from each component. */
    @RegisterForReflection
    public record Pick(RecommendationView.Item item, int collaborativeShare, int contentShare, int popularityShare) {

        static Pick of(RecommendationView.Item item) {
            ComponentScores c = item.components();
            double total = c.total();
            if (total <= 0) {
                return new Pick(item, 0, 0, 0);
            }
            int collaborative = (int) Math.round(100 * c.collaborative() / total);
            int content = (int) Math.round(100 * c.content() / total);
            // The remainder, so the three segments always fill the bar exactly.
            return new Pick(item, collaborative, content, Math.max(0, 100 - collaborative - content));
        }
    }

    /**
     * An owned shoe with its after-care feed: due reminders and replacement suggestions (unread and read), each
     * with the suggested shoes resolved to names.
     */
    @RegisterForReflection
    public record OwnedShoe(OwnedShoeView shoe, int lifePercent, boolean pastLife, List<Notice> notifications) {

        static OwnedShoe of(OwnedShoeView shoe, List<Notice> notifications) {
            int percent = (int) Math.round(100 * shoe.lifeUsed());
            return new OwnedShoe(shoe, Math.min(100, Math.max(0, percent)), shoe.lifeUsed() >= 1, notifications);
        }
    }

    @RegisterForReflection
    public record Notice(NotificationView notification, List<ShoeLink> suggestions) {

        public boolean unread() {
            return "unread".equals(notification.status());
        }

        /** A care reminder; otherwise a replacement suggestion. */
        public boolean care() {
            return "care".equals(notification.kind());
        }
    }

    public int purchases() {
        return activity.getOrDefault("purchase", 0L).intValue();
    }

    public long events() {
        return activity.values().stream().mapToLong(Long::longValue).sum();
    }
}
