package org.jinguo.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.security.Caller;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every write: who (the caller's subject and roles), what (action and record) and the
 * record before and after, in the transaction of the write, so an entry exists exactly when the
 * change does.
 */
@RequiredArgsConstructor
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /**
     * A change by the caller of the current request.
     *
     * @param action       what was done, e.g. {@code village.retired}
     * @param resourceType the kind of record, e.g. {@code village}
     * @param before       the record before the change, null when it was created
     * @param after        the record after the change
     */
    public void record(String action, String resourceType, Object resourceId, Object before, Object after) {
        Caller caller = Caller.current();
        recordBy(caller.subject(), caller.roles(), action, resourceType, resourceId, before, after);
    }

    /**
     * A change by an actor the request carries no bearer token of: a client as it authenticates
     * at a token endpoint, or the service's own configuration at start-up.
     */
    public void recordBy(String actor, List<String> actorRoles, String action, String resourceType, Object resourceId, Object before,
                         Object after) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An audit entry must be written in the transaction of its change");
        }
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("before", before);
        change.put("after", after);
        jdbc.sql("""
                insert into audit_entry (actor, actor_roles, action, resource_type, resource_id, change, request_id)
                values (:actor, :roles, :action, :type, :id, cast(:change as jsonb), :requestId)
                """)
                .param("actor", actor)
                .param("roles", String.join(",", actorRoles))
                .param("action", action)
                .param("type", resourceType)
                .param("id", String.valueOf(resourceId))
                .param("change", json.writeValueAsString(change))
                .param("requestId", MDC.get("requestId"))
                .update();
    }
}
