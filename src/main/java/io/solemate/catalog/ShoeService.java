package io.solemate.catalog;

import io.smallrye.mutiny.Uni;
import io.solemate.common.Page;
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
        var query = shoes.matching(filter).page(paging.page, paging.limit);
        return query.list().flatMap(list -> query.count()
                .map(total -> new Page<>(list.stream().map(ShoeView::of).toList(), paging.page, paging.limit, total)));
    }

    @WithSession
    public Uni<ShoeView> get(long id) {
        return shoes.findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Shoe", id))
                .map(ShoeView::of);
    }
}
