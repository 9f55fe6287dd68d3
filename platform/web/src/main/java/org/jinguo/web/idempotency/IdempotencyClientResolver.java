package org.jinguo.web.idempotency;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whose key space an Idempotency-Key belongs to: keys of different clients never collide. The
 * default takes the authenticated principal's name; callers without one share one key space.
 */
@FunctionalInterface
public interface IdempotencyClientResolver {

    String ANONYMOUS = "anonymous";

    String clientOf(HttpServletRequest request);

    static IdempotencyClientResolver byPrincipal() {
        return request -> request.getUserPrincipal() == null ? ANONYMOUS : request.getUserPrincipal().getName();
    }
}
