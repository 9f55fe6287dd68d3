package org.jinguo.web.paging;

import java.util.List;

/**
 * What a caller asked of a list: {@code page} (from 0), {@code size} (1 to {@value #MAX_SIZE}),
 * {@code sort} (e.g. {@code nameZh,desc}; several allowed). Resolved from the query string of any
 * controller method that takes it; the sort fields are checked by the resource's {@link SortableFields}.
 */
public record PageQuery(int page, int size, List<SortOrder> sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        sort = List.copyOf(sort);
    }

    public long offset() {
        return (long) page * size;
    }

    /** @param field the API name of a field; {@code descending} when {@code ,desc} followed it */
    public record SortOrder(String field, boolean descending) {
    }
}
