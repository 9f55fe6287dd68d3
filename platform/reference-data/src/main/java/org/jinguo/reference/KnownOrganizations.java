package org.jinguo.reference;

import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a service's copy of the federation organisations knows: which are live, and in which town. */
@RequiredArgsConstructor
public class KnownOrganizations {

    private final JdbcClient jdbc;

    /** An organisation this copy knows and that is not dissolved; {@code townCode} null for a city-wide one. */
    public record LiveOrganization(UUID id, String townCode) {
    }

    public Optional<LiveOrganization> liveOrganization(UUID organizationId) {
        return jdbc.sql("select id, town_code from organization_copy where id = :id and dissolved_on is null")
                .param("id", organizationId)
                .query((rs, n) -> new LiveOrganization(rs.getObject("id", UUID.class), rs.getString("town_code"))).optional();
    }
}
