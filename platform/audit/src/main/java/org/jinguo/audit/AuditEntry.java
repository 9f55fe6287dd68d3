package org.jinguo.audit;

import java.time.OffsetDateTime;

import tools.jackson.databind.JsonNode;

/** One recorded write, as CITY_ADMIN reads it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String actorRoles, String action,
                         String resourceType, String resourceId, JsonNode change, String requestId) {
}
