package org.jinguo.service.etag;

import org.jinguo.service.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP: a record's version is its strong ETag; an update must carry
 * the ETag it read in {@code If-Match}, which a controller takes as an {@link ExpectedVersion}.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The answer when the record changed since the caller read it. */
    public static ApiException stale() {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "PRECONDITION_FAILED");
    }
}
