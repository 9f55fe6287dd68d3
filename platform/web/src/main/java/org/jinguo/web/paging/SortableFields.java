package org.jinguo.web.paging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.jinguo.web.problem.ApiException;

/**
 * The fields a list may be sorted by, each mapped to its SQL expression, so that no text from the
 * request ever reaches the SQL. A tie-breaker keeps pages stable.
 */
public final class SortableFields {

    private final Map<String, String> columns;
    private final String defaultOrder;
    private final String tieBreaker;

    private SortableFields(Map<String, String> columns, String defaultOrder, String tieBreaker) {
        this.columns = columns;
        this.defaultOrder = defaultOrder;
        this.tieBreaker = tieBreaker;
    }

    /**
     * @param columns      API field name → SQL expression
     * @param defaultOrder the ORDER BY list used when the caller sorts by nothing
     * @param tieBreaker   a unique SQL expression appended last
     */
    public static SortableFields of(Map<String, String> columns, String defaultOrder, String tieBreaker) {
        return new SortableFields(new LinkedHashMap<>(columns), defaultOrder, tieBreaker);
    }

    /** @throws ApiException 400 naming {@code sort} when a field is not sortable */
    public String orderBy(PageQuery query) {
        if (query.sort().isEmpty()) {
            return defaultOrder + ", " + tieBreaker;
        }
        StringJoiner order = new StringJoiner(", ");
        for (PageQuery.SortOrder sort : query.sort()) {
            String column = columns.get(sort.field());
            if (column == null) {
                throw ApiException.invalid("sort", "INVALID_SORT", String.join(", ", columns.keySet()));
            }
            order.add(column + (sort.descending() ? " desc" : " asc"));
        }
        return order + ", " + tieBreaker;
    }
}
