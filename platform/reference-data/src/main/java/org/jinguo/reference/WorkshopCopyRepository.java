package org.jinguo.reference;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.commerce.WorkshopChangedV1;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps a service's copy of commerce-service's workshops; a redelivered or older revision changes nothing. */
@RequiredArgsConstructor
public class WorkshopCopyRepository {

    private final JdbcClient jdbc;

    public void keep(WorkshopChangedV1 workshop) {
        jdbc.sql("""
                insert into workshop_copy (id, name_zh, kind, town_code, village_id, status, opened_on, closed_on, revision)
                values (:id, :nameZh, :kind, :townCode, :villageId, :status, :openedOn, :closedOn, :revision)
                on conflict (id) do update set name_zh = excluded.name_zh, kind = excluded.kind, town_code = excluded.town_code,
                       village_id = excluded.village_id, status = excluded.status, opened_on = excluded.opened_on,
                       closed_on = excluded.closed_on, revision = excluded.revision
                where workshop_copy.revision < excluded.revision
                """)
                .param("id", workshop.id()).param("nameZh", workshop.nameZh()).param("kind", workshop.kind())
                .param("townCode", workshop.townCode()).param("villageId", workshop.villageId()).param("status", workshop.status())
                .param("openedOn", workshop.openedOn()).param("closedOn", workshop.closedOn()).param("revision", workshop.revision())
                .update();
    }
}
