package io.solemate.desk;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Where one page of a list sits in the whole: {@code page} counts from 0, as in the query parameters; the templates
 * show the items' range ("7–12 of 46"). A list with more than one page gets previous/next links, so nothing is ever
 * cut off silently.
 */
@RegisterForReflection
public record Pager(int page, int perPage, long total) {

    public int pages() {
        return (int) Math.max(1, (total + perPage - 1) / perPage);
    }

    public boolean several() {
        return pages() > 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public int previous() {
        return page - 1;
    }

    public int next() {
        return page + 1;
    }

    /** The 1-based number of the first item shown. */
    public long from() {
        return total == 0 ? 0 : (long) page * perPage + 1;
    }

    public long to() {
        return Math.min(total, (long) (page + 1) * perPage);
    }
}
