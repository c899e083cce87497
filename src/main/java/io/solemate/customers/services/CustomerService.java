package io.solemate.customers.services;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.solemate.customers.Customer;
import io.solemate.customers.Purchase;
import io.solemate.customers.resources.CustomerView;
import io.solemate.customers.resources.PurchaseView;
import io.solemate.errors.NotFound;
import io.solemate.web.Page;
import io.solemate.web.Pages;
import io.solemate.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CustomerService {

    @WithSession
    public Uni<Customer> require(long id) {
        return Customer.<Customer>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("User", id));
    }

    @WithSession
    public Uni<CustomerView> get(long id) {
        return require(id).map(CustomerView::of);
    }

    /** Customers whose name or email starts with the text (case-insensitive); everyone when it is blank. */
    @WithSession
    public Uni<Page<CustomerView>> search(String text, Paging paging) {
        var query = text == null || text.isBlank()
                ? Customer.<Customer>findAll(Sort.by("id"))
                : Customer.<Customer>find("lower(name) like :prefix or lower(email) like :prefix", Sort.by("id"),
                        Parameters.with("prefix", escapeLike(text.strip().toLowerCase()) + "%"));
        return Pages.fetch(query, paging, CustomerView::of);
    }

    /** A user's purchases, newest first; 404 for an unknown user. */
    @WithSession
    public Uni<Page<PurchaseView>> purchases(long userId, Paging paging) {
        return require(userId).flatMap(user -> Pages.fetch(
                Purchase.<Purchase>find("userId", Sort.descending("purchasedAt", "id"), userId), paging,
                PurchaseView::of));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
