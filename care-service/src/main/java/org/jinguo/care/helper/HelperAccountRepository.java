package org.jinguo.care.helper;

import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which helper record a login belongs to, for the features a helper acts in (visits). */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HelperAccountRepository {

    private final JdbcClient jdbc;

    public Optional<UUID> helperOf(String accountSubject) {
        return jdbc.sql("select id from helper where account_subject = :subject and left_on is null").param("subject", accountSubject)
                .query(UUID.class).optional();
    }
}
