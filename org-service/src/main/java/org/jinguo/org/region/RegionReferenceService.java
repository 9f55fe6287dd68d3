package org.jinguo.org.region;

import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How the other features of org-service check the towns and villages their records name. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegionReferenceService {

    private final JdbcClient jdbc;

    public boolean townExists(String code) {
        return jdbc.sql("select count(*) from town where code = :code").param("code", code).query(Long.class).single() > 0;
    }

    /** @return the town of an active village, empty if there is no such active village */
    public Optional<String> townOfActiveVillage(UUID villageId) {
        return jdbc.sql("select town_code from village where id = :id and status = 'ACTIVE'")
                .param("id", villageId).query(String.class).optional();
    }
}
