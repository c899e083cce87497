package io.solemate.catalog.stores;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.solemate.catalog.Shoe;
import io.solemate.catalog.resources.ShoeListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class ShoeRepository implements PanacheRepositoryBase<Shoe, Long> {

    /** Active shoes matching the filters, ordered by id so pages are stable. */
    public PanacheQuery<Shoe> matching(ShoeListQuery filter) {
        List<String> conditions = new ArrayList<>(List.of("active = true"));
        Parameters parameters = new Parameters();
        if (filter.brand != null) {
            conditions.add("lower(brand.name) = :brand");
            parameters.and("brand", filter.brand.toLowerCase());
        }
        if (filter.category != null) {
            conditions.add("category = :category");
            parameters.and("category", filter.category);
        }
        if (filter.gender != null) {
            conditions.add("gender = :gender");
            parameters.and("gender", filter.gender);
        }
        if (filter.minPrice != null) {
            conditions.add("price >= :minPrice");
            parameters.and("minPrice", java.math.BigDecimal.valueOf(filter.minPrice));
        }
        if (filter.maxPrice != null) {
            conditions.add("price <= :maxPrice");
            parameters.and("maxPrice", java.math.BigDecimal.valueOf(filter.maxPrice));
        }
        if (filter.inStock != null) {
            conditions.add("inStock = :inStock");
            parameters.and("inStock", filter.inStock);
        }
        return find(String.join(" and ", conditions), Sort.by("id"), parameters);
    }
}
