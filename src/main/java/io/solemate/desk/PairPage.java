package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.solemate.customers.resources.CustomerView;
import java.util.List;

/** One owned pair of a customer with every notification it has, a page at a time. */
@RegisterForReflection
public record PairPage(CustomerView customer, Pair pair, List<PairCard.Notice> notifications, Pager pager,
        Confirmation confirmation) {

    /** The page's address, for a page parameter to follow. */
    public String address() {
        return "/customers/" + customer.id() + "/pairs/" + pair.shoe().purchaseId() + "?";
    }
}
