package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * A shoe as the catalogue has it now, for a card or a link: whom it is made for, its sizes (EU, ascending) and
 * whether it is in stock. Read from the catalogue rather than the served model, so stock is current.
 */
@RegisterForReflection
public record ShoeFacts(long id, String name, String brand, String gender, double price, boolean inStock,
        List<BigDecimal> sizes) {

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

    /** In stock and made in that size: the customer can walk out with a pair. */
    public boolean availableIn(BigDecimal euSize) {
        return inStock && offers(euSize);
    }
}
