package org.jinguo.reference;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What a service's copy of commerce-service's workshops knows. */
@RequiredArgsConstructor
public class KnownWorkshops {

    private final JdbcClient jdbc;

    public boolean known(UUID id) {
        return jdbc.sql("select count(*) from workshop_copy where id = :id").param("id", id).query(Long.class).single() > 0;
    }
}
