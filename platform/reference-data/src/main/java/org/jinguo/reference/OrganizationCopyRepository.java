package org.jinguo.reference;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.org.OrganizationChangedV1;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores the latest state of each federation organisation in {@code organization_copy}. A state
 * older than the one kept (a re-driven or re-read event) changes nothing.
 */
@RequiredArgsConstructor
public class OrganizationCopyRepository {

    private final JdbcClient jdbc;

    void keep(OrganizationChangedV1 organization) {
        jdbc.sql("""
                insert into organization_copy (id, type, name_zh, name_en, industry, town_code, village_id, parent_id,
                                               prepared_on, founded_on, dissolved_on, revision)
                values (:id, :type, :nameZh, :nameEn, :industry, :townCode, :villageId, :parentId,
                        :preparedOn, :foundedOn, :dissolvedOn, :revision)
                on conflict (id) do update
                set type = excluded.type, name_zh = excluded.name_zh, name_en = excluded.name_en, industry = excluded.industry,
                    town_code = excluded.town_code, village_id = excluded.village_id, parent_id = excluded.parent_id,
                    prepared_on = excluded.prepared_on, founded_on = excluded.founded_on, dissolved_on = excluded.dissolved_on,
                    revision = excluded.revision
                where organization_copy.revision < excluded.revision
                """)
                .param("id", organization.id()).param("type", organization.type())
                .param("nameZh", organization.nameZh()).param("nameEn", organization.nameEn())
                .param("industry", organization.industry()).param("townCode", organization.townCode())
                .param("villageId", organization.villageId()).param("parentId", organization.parentId())
                .param("preparedOn", organization.preparedOn()).param("foundedOn", organization.foundedOn())
                .param("dissolvedOn", organization.dissolvedOn()).param("revision", organization.revision())
                .update();
    }
}
