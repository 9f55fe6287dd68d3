package org.jinguo.web.etag;

import org.jinguo.web.problem.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The version a caller read and means to change, from its {@code If-Match} header. A controller
 * method takes it as an argument; declared after the request body, so that a bad body is still
 * answered 400 before a missing or stale If-Match.
 */
public record ExpectedVersion(long value) {

    /**
     * @throws ApiException 428 when the header is missing, 412 when it names no version
     */
    public static ExpectedVersion fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED");
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() < 3 || !value.startsWith("\"") || !value.endsWith("\"")) {
            throw Versions.stale();
        }
        try {
            return new ExpectedVersion(Long.parseLong(value.substring(1, value.length() - 1)));
        } catch (NumberFormatException e) {
            throw Versions.stale();
        }
    }
}
