package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.customers.resources.CustomerView;
import io.solemate.customers.resources.PurchaseView;
import io.solemate.recommend.api.RecommendationView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the customer page shows, built around what is due: the summary, the owned pairs (those with something
 * unread first) a page at a time, recommendations, the purchase and return history and the activity, each list paged.
 * {@code recommendationsUnavailable} explains an empty list when no model is served yet; {@code confirmation} reports
 * the last action where it was taken.
 */
@RegisterForReflection
public record CustomerPage(CustomerView customer, Map<String, Long> activity, Due due, List<PairCard> pairs,
        Pager pairsPager, boolean coldStart, List<Pick> recommendations, String recommendationsUnavailable,
        List<PurchaseView> purchases, Pager purchasesPager, List<HistoryEntry> history, Pager historyPager,
        Confirmation confirmation) {

    /** What is due over all owned pairs, with the pairs whose replacement suggestion is unread. */
    @RegisterForReflection
    public record Due(int unreadReplacements, int unreadCare, int pairsWithUnread, List<DueLink> replacements) {

        public boolean anything() {
            return unreadReplacements + unreadCare > 0;
        }
    }

    /** A pair whose replacement suggestion is unread, and the page of the pairs list its card is on. */
    @RegisterForReflection
    public record DueLink(long purchaseId, String shoeName, int page) {
    }

    /**
     * A recommended shoe, the shares of its score (whole percent) from each component, and what the catalogue says
     * about it for this customer's size ({@code customerSize}, null when they gave none).
     */
    @RegisterForReflection
    public record Pick(RecommendationView.Item item, int collaborativeShare, int contentShare, int popularityShare,
            ShoeFacts facts, BigDecimal customerSize) {

        static Pick of(RecommendationView.Item item, ShoeFacts facts, BigDecimal customerSize) {
            RecommendationView.Components c = item.components();
            double total = c.total();
            if (total <= 0) {
                return new Pick(item, 0, 0, 0, facts, customerSize);
            }
            int collaborative = (int) Math.round(100 * c.collaborative() / total);
            int content = (int) Math.round(100 * c.content() / total);
            // The remainder, so the three segments always fill the bar exactly.
            return new Pick(item, collaborative, content, Math.max(0, 100 - collaborative - content), facts,
                    customerSize);
        }

        /** The customer can have it in their size today. */
        public boolean inTheirSize() {
            return facts != null && facts.availableIn(customerSize);
        }

        /** Why not, or what is known: for a badge next to the price. */
        public String sizeNote() {
            if (facts == null) {
                return item.inStock() ? "In stock" : "Out of stock";
            }
            if (customerSize == null) {
                return facts.inStock() ? "In stock in " + DeskFormat.count(facts.sizesInStock(), "size")
                        + " (their size is not on file)" : "Out of stock";
            }
            String size = "EU " + DeskFormat.size(customerSize);
            if (!facts.offers(customerSize)) {
                return "Not made in " + size;
            }
            int pairs = facts.pairsIn(customerSize);
            return pairs > 0 ? size + " in stock (" + DeskFormat.count(pairs, "pair") + ")" : size + " out of stock";
        }
    }

    public long purchaseCount() {
        return activity.getOrDefault("purchase", 0L);
    }

    public long events() {
        return activity.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The page's address, for a page parameter to follow. */
    public String address() {
        return "/customers/" + customer.id() + "?";
    }

    /** The confirmation when it belongs to the summary. */
    public Confirmation summaryConfirmation() {
        return confirmation != null && confirmation.in(Confirmation.SUMMARY) ? confirmation : null;
    }
}
