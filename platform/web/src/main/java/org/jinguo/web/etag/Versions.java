package org.jinguo.web.etag;

import java.net.URI;

import org.jinguo.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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

    /** 200 with the record and its version as ETag. */
    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(body);
    }

    /** 201 with the new record at its address, and its version as ETag. */
    public static <T> ResponseEntity<T> created(URI location, T body, long version) {
        return ResponseEntity.created(location).eTag(etag(version)).body(body);
    }

    /** Refuses the change with a 412 unless the record is still at the version the caller read. */
    public static void requireUnchanged(long version, long expectedVersion) {
        if (version != expectedVersion) {
            throw stale();
        }
    }

    /** Refuses the change with a 412 when a guarded write wrote nothing: the record changed between read and write. */
    public static void requireWritten(boolean written) {
        if (!written) {
            throw stale();
        }
    }

    /** The answer when the record changed since the caller read it. */
    public static ApiException stale() {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "PRECONDITION_FAILED");
    }
}
