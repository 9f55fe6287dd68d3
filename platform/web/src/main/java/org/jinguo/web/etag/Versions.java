package org.jinguo.web.etag;

import org.jinguo.web.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * Optimistic concurrency over HTTP: a record's version is its strong ETag; an update must carry
 * the ETag it read in {@code If-Match}.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version the caller read, from its {@code If-Match} header.
     *
     * @throws ApiException 428 when the header is missing, 412 when it names no version
     */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw stale();
        }
        try {
            return Long.parseLong(value.substring(1, value.length() - 1));
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    /** The answer when the record changed since the caller read it. */
    public static ApiException stale() {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "PRECONDITION_FAILED");
    }
}
