package org.jinguo.web.paging;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A list's {@code updatedSince}, for clients that keep a copy and sync: only the records changed
 * at or after the moment, or every record when none was given. Resolved from the query string
 * of any controller method that takes it.
 */
public record UpdatedSince(@Nullable OffsetDateTime moment) {

    public static final String PARAMETER = "updatedSince";

    /** How a list that takes it describes it. */
    public static final String DESCRIPTION = "Only the records changed at or after this moment (RFC 3339, e.g. "
            + "2025-03-01T08:00:00+08:00, + sent as %2B), for clients that sync. Ask from a minute before the last sync: a change "
            + "committed just after it may carry a moment just before it, and a record seen twice is simply the same again.";
}
