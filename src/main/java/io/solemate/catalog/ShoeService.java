package io.solemate.catalog;

import io.smallrye.mutiny.Uni;
import io.solemate.common.Page;
import io.solemate.common.Pages;
import io.solemate.common.Paging;
import io.solemate.ops.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ShoeService {

    private final ShoeRepository shoes;

    public ShoeService(ShoeRepository shoes) {
        this.shoes = shoes;
    }

    @WithSession
    public Uni<Page<ShoeView>> list(ShoeQuery filter, Paging paging) {
        if (!filter.priceRangeValid()) {
            return Uni.createFrom().failure(ProblemException.badRequest("minPrice", "minPrice is above maxPrice"));
        }
        return Pages.fetch(shoes.matching(filter), paging, ShoeView::of);
    }

    @WithSession
    public Uni<ShoeView> get(long id) {
        return shoes.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Shoe", id))
                .map(ShoeView::of);
    }
}
