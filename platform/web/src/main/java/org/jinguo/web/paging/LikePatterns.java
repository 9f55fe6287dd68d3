package org.jinguo.web.paging;

/**
 * SQL {@code LIKE} / {@code ILIKE} patterns for the text filters of lists, with the caller's
 * {@code %}, {@code _} and {@code \} matched literally (PostgreSQL's default escape character).
 */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** @return a pattern matching values that contain {@code text}, or {@code null} for no filter */
    public static String containing(String text) {
        return text == null ? null : "%" + escape(text) + "%";
    }

    /** @return a pattern matching values that start with {@code text}, or {@code null} for no filter */
    public static String startingWith(String text) {
        return text == null ? null : escape(text) + "%";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
