package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * A shoe as the catalogue has it now, for a card or a link: whom it is made for, its sizes (EU, ascending), the
 * pairs on hand in each ({@code stock}, same order) and whether any size is in stock. Read from the catalogue rather
 * than the served model, so stock is current.
 */
@RegisterForReflection
public record ShoeFacts(long id, String name, String brand, String gender, double price, boolean inStock,
        List<BigDecimal> sizes, List<Integer> stock) {

    /** "EU 39–47", "EU 42", or null when no size is listed. */
    public String sizeRange() {
        if (sizes.isEmpty()) {
            return null;
        }
        String smallest = DeskFormat.size(sizes.getFirst());
        String largest = DeskFormat.size(sizes.getLast());
        return "EU " + (smallest.equals(largest) ? smallest : smallest + "–" + largest);
    }

    public boolean offers(BigDecimal euSize) {
        return euSize != null && sizes.stream().anyMatch(s -> s.compareTo(euSize) == 0);
    }

    /** Pairs on hand in that size (0 when it is not made in it or unknown). */
    public int pairsIn(BigDecimal euSize) {
        for (int i = 0; euSize != null && i < sizes.size(); i++) {
            if (sizes.get(i).compareTo(euSize) == 0) {
                return stock.get(i);
            }
        }
        return 0;
    }

    /** Sizes with pairs on hand. */
    public int sizesInStock() {
        return (int) stock.stream().filter(pairs -> pairs > 0).count();
    }

    /** Pairs on hand in that size: the customer can walk out with a pair. */
    public boolean availableIn(BigDecimal euSize) {
        return pairsIn(euSize) > 0;
    }
}
