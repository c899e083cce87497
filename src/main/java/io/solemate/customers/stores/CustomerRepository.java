package io.solemate.customers.stores;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.solemate.customers.Customer;
import io.solemate.customers.CustomerSearch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Customer search in SQL, each condition on an index of its own (migration V9): the name's words through
 * {@code users_name_words_idx}, the email's start through {@code users_email_prefix_idx}, the number through the
 * primary key. Native SQL because JPQL has no {@code @@} text-search operator. Callers open the session.
 */
@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, Long> {

    /** By name, then number: what a person scanning the list expects. */
    private static final String ORDER = " ORDER BY lower(u.name), u.id";

    /** One page of the customers the search finds. */
    public Uni<List<Customer>> search(CustomerSearch search, int offset, int limit) {
        return Panache.getSession().flatMap(session -> bind(
                session.createNativeQuery("SELECT u.* FROM users u WHERE " + condition(search) + ORDER, Customer.class),
                search).setFirstResult(offset).setMaxResults(limit).getResultList());
    }

    /** How many customers the search finds. */
    public Uni<Long> count(CustomerSearch search) {
        return Panache.getSession().flatMap(session -> bind(
                session.createNativeQuery("SELECT count(*) FROM users u WHERE " + condition(search), Long.class),
                search).getSingleResult());
    }

    private static String condition(CustomerSearch search) {
        StringBuilder condition = new StringBuilder("lower(u.email) LIKE :emailPrefix");
        if (search.number() != null) {
            condition.append(" OR u.id = :number");
        }
        if (search.nameWords() != null) {
            // The expression of users_name_words_idx, character for character, or the index is not used.
            condition.append(" OR to_tsvector('simple', regexp_replace(u.name, '[^[:alnum:]]+', ' ', 'g'))"
                    + " @@ to_tsquery('simple', :nameWords)");
        }
        return "(" + condition + ")";
    }

    private static <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query, CustomerSearch search) {
        query.setParameter("emailPrefix", search.emailPrefix());
        if (search.number() != null) {
            query.setParameter("number", search.number());
        }
        if (search.nameWords() != null) {
            query.setParameter("nameWords", search.nameWords());
        }
        return query;
    }
}
