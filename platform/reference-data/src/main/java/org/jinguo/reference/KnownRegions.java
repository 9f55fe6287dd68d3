package org.jinguo.reference;

import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a service's copy of the regions knows: the towns, and which villages are active in which town. */
@RequiredArgsConstructor
public class KnownRegions {

    private final JdbcClient jdbc;

    public boolean townExists(String code) {
        return jdbc.sql("select count(*) from region_town where code = :code").param("code", code).query(Long.class).single() > 0;
    }

    /** @return the town of an active village, empty if this copy knows no such active village */
    public Optional<String> townOfActiveVillage(UUID villageId) {
        return jdbc.sql("select town_code from region_village where id = :id and status = 'ACTIVE'")
                .param("id", villageId).query(String.class).optional();
    }
}
