package org.jinguo.reference;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.org.TownChangedV1;
import org.jinguo.events.org.VillageChangedV1;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores the latest state of each region. A state older than the one kept (a re-driven or
 * re-read event) changes nothing.
 */
@RequiredArgsConstructor
public class RegionCopyRepository {

    private final JdbcClient jdbc;

    void keep(TownChangedV1 town) {
        int applied = jdbc.sql("""
                insert into region_town (code, kind, name_zh, name_en, latitude, longitude, revision)
                values (:code, :kind, :nameZh, :nameEn, :latitude, :longitude, :revision)
                on conflict (code) do update
                set kind = excluded.kind, name_zh = excluded.name_zh, name_en = excluded.name_en,
                    latitude = excluded.latitude, longitude = excluded.longitude, revision = excluded.revision
                where region_town.revision < excluded.revision
                """)
                .param("code", town.code()).param("kind", town.kind())
                .param("nameZh", town.nameZh()).param("nameEn", town.nameEn())
                .param("latitude", town.latitude()).param("longitude", town.longitude())
                .param("revision", town.revision())
                .update();
        if (applied == 0) {
            return;
        }
        jdbc.sql("delete from region_town_neighbor where town_code = :code").param("code", town.code()).update();
        for (String neighbor : town.neighborTownCodes()) {
            jdbc.sql("insert into region_town_neighbor (town_code, neighbor_code) values (:code, :neighbor)")
                    .param("code", town.code()).param("neighbor", neighbor).update();
        }
    }

    void keep(VillageChangedV1 village) {
        jdbc.sql("""
                insert into region_village (id, town_code, kind, name_zh, name_en, latitude, longitude, status, retired_on, revision)
                values (:id, :townCode, :kind, :nameZh, :nameEn, :latitude, :longitude, :status, :retiredOn, :revision)
                on conflict (id) do update
                set town_code = excluded.town_code, kind = excluded.kind, name_zh = excluded.name_zh,
                    name_en = excluded.name_en, latitude = excluded.latitude, longitude = excluded.longitude,
                    status = excluded.status, retired_on = excluded.retired_on, revision = excluded.revision
                where region_village.revision < excluded.revision
                """)
                .param("id", village.id()).param("townCode", village.townCode()).param("kind", village.kind())
                .param("nameZh", village.nameZh()).param("nameEn", village.nameEn())
                .param("latitude", village.latitude()).param("longitude", village.longitude())
                .param("status", village.status()).param("retiredOn", village.retiredOn())
                .param("revision", village.revision())
                .update();
    }
}
