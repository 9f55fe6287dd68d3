package org.jinguo.audit;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One recorded write, as CITY_ADMIN reads it.
 *
 * @param requestId the request that made it; none for a change the service made at start-up
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String actorRoles, String action,
                         String resourceType, String resourceId, JsonNode change, @Nullable String requestId) {
}
