package org.jinguo.training.reference;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the towns, villages and organisations training's records name against this service's
 * copies of org-service's reference data (ADR 7; kept by messaging's shared listeners).
 */
@Service
@Transactional(readOnly = true)
public class ReferenceDataService {

    private final JdbcClient jdbc;

    ReferenceDataService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean townExists(String code) {
        return jdbc.sql("select count(*) from region_town where code = :code").param("code", code).query(Long.class).single() > 0;
    }

    /** @return the town of an active village, empty if this copy knows no such active village */
    public Optional<String> townOfActiveVillage(UUID villageId) {
        return jdbc.sql("select town_code from region_village where id = :id and status = 'ACTIVE'")
                .param("id", villageId).query(String.class).optional();
    }

    /** An organisation this copy knows and that is not dissolved; {@code townCode} null for a city-wide one. */
    public record LiveOrganization(UUID id, String townCode) {
    }

    public Optional<LiveOrganization> liveOrganization(UUID organizationId) {
        return jdbc.sql("select id, town_code from organization_copy where id = :id and dissolved_on is null")
                .param("id", organizationId)
                .query((rs, n) -> new LiveOrganization(rs.getObject("id", UUID.class), rs.getString("town_code"))).optional();
    }
}
