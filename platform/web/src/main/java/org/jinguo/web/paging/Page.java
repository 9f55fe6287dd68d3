package org.jinguo.web.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape every list endpoint returns.
 *
 * @param page       the page number, from 0
 * @param size       the page size asked for
 * @param totalItems the number of items on all pages together
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageQuery query, long totalItems) {
        return new Page<>(items, query.page(), query.size(), totalItems);
    }

    /** The same page with each item turned into another, e.g. a record into its view. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
