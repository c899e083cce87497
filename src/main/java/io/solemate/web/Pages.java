package io.solemate.web;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.smallrye.mutiny.Uni;
import java.util.function.Function;

/** Runs a Panache query as one page: the page's rows, mapped to views, and the total count. */
public final class Pages {

    private Pages() {
    }

    public static <E, T> Uni<Page<T>> fetch(PanacheQuery<E> query, Paging paging, Function<E, T> view) {
        PanacheQuery<E> page = query.page(paging.page, paging.limit);
        return page.list().flatMap(rows -> page.count().map(total -> new Page<>(rows.stream().map(view).toList(),
                paging.page, paging.limit, total)));
    }
}
