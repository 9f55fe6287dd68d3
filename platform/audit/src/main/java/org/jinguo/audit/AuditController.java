package org.jinguo.audit;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/audit/{service}}: the service's audit trail, newest first, for CITY_ADMIN. */
@RestController
@Tag(name = "Audit", description = "The service's append-only trail of every change: who, when, what before and after")
@RequiredArgsConstructor
public class AuditController {

    private static final String FILTER = """
             where (cast(:type as text) is null or resource_type = :type)
               and (cast(:id as text) is null or resource_id = :id)
               and (cast(:actor as text) is null or actor = :actor)
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    @GetMapping("/api/v1/audit/${jinguo.service.code}")
    @Operation(summary = "Who changed what, newest first; CITY_ADMIN only")
    public Page<AuditEntry> entries(@RequestParam(required = false) String resourceType,
                                    @RequestParam(required = false) String resourceId,
                                    @RequestParam(required = false) String actor,
                                    PageQuery page) {
        long total = filtered("select count(*) from audit_entry" + FILTER, resourceType, resourceId, actor)
                .query(Long.class).single();
        var items = filtered("select * from audit_entry" + FILTER + " order by id desc offset :offset limit :limit",
                resourceType, resourceId, actor)
                .param("offset", page.offset()).param("limit", page.size())
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("actor_roles"), rs.getString("action"),
                        rs.getString("resource_type"), rs.getString("resource_id"), json.readTree(rs.getString("change")),
                        rs.getString("request_id")))
                .list();
        return Page.of(items, page, total);
    }

    private JdbcClient.StatementSpec filtered(String sql, String type, String id, String actor) {
        return jdbc.sql(sql).param("type", type).param("id", id).param("actor", actor);
    }
}
