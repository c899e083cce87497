package io.solemate.catalog.services;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.solemate.catalog.resources.ShoeListQuery;
import io.solemate.catalog.resources.ShoeView;
import io.solemate.catalog.stores.ShoeRepository;
import io.solemate.errors.InvalidInput;
import io.solemate.errors.NotFound;
import io.solemate.web.Page;
import io.solemate.web.Pages;
import io.solemate.web.Paging;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ShoeService {

    private final ShoeRepository shoes;

    public ShoeService(ShoeRepository shoes) {
        this.shoes = shoes;
    }

    @WithSession
    public Uni<Page<ShoeView>> list(ShoeListQuery filter, Paging paging) {
        if (!filter.priceRangeValid()) {
            return Uni.createFrom().failure(new InvalidInput("minPrice", "minPrice is above maxPrice"));
        }
        return Pages.fetch(shoes.matching(filter), paging, ShoeView::of);
    }

    @WithSession
    public Uni<ShoeView> get(long id) {
        return shoes.findById(id)
                .onItem().ifNull().failWith(() -> new NotFound("Shoe", id))
                .map(ShoeView::of);
    }
}
