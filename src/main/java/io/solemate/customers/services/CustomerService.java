package io.solemate.customers.services;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.solemate.customers.Customer;
import io.solemate.customers.CustomerSearch;
import io.solemate.customers.Purchase;
import io.solemate.customers.resources.CustomerView;
import io.solemate.customers.resources.PurchaseView;
import io.solemate.customers.stores.CustomerRepository;
import io.solemate.errors.InvalidInput;
import io.solemate.errors.NotFound;
import io.solemate.web.Page;
import io.solemate.web.Pages;
import io.solemate.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class CustomerService {

    private final CustomerRepository repository;

    public CustomerService(CustomerRepository repository) {
        this.repository = repository;
    }

    @WithSession
    public Uni<Customer> require(long id) {
        return Customer.<Customer>findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("User", id));
    }

    @WithSession
    public Uni<CustomerView> get(long id) {
        return require(id).map(CustomerView::of);
    }

    /**
     * Customers found by the text ({@link CustomerSearch}: a word of the name starts with it, the email starts with
     * it, or it is their number; case-insensitive), by name; everyone, by number, when it is blank.
     */
    @WithSession
    public Uni<Page<CustomerView>> search(String text, Paging paging) {
        if (text == null || text.isBlank()) {
            return Pages.fetch(Customer.<Customer>findAll(Sort.by("id")), paging, CustomerView::of);
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            return Uni.createFrom().failure(new InvalidInput("q", "q must not contain control characters"));
        }
        CustomerSearch search = CustomerSearch.of(text);
        return repository.search(search, paging.offset(), paging.limit)
                .flatMap(found -> repository.count(search).map(total -> new Page<>(
                        found.stream().map(CustomerView::of).toList(), paging.page, paging.limit, total)));
    }

    /** A user's purchases, newest first; 404 for an unknown user. */
    @WithSession
    public Uni<Page<PurchaseView>> purchases(long userId, Paging paging) {
        return require(userId).flatMap(user -> Pages.fetch(
                Purchase.<Purchase>find("userId", Sort.descending("purchasedAt", "id"), userId), paging,
                PurchaseView::of));
    }

}
