package org.jinguo.identity.account;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after repeated wrong passwords, and forgets the failures after a
 * successful login. Client authentications (e.g. a partner's secret) do not count.
 */
@Component
class LoginAttemptsListener {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockFor;

    LoginAttemptsListener(JdbcClient jdbc,
                          @Value("${jinguo.identity.lockout.max-failures:5}") int maxFailures,
                          @Value("${jinguo.identity.lockout.duration:15m}") Duration lockFor) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                update account
                set failed_logins = failed_logins + 1,
                    locked_until = case when failed_logins + 1 >= :maxFailures
                                        then now() + cast(:lockFor as interval) else locked_until end
                where username = :username
                """)
                .param("maxFailures", maxFailures)
                .param("lockFor", lockFor.toMillis() + " milliseconds")
                .param("username", event.getAuthentication().getName())
                .update();
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where username = :username and failed_logins > 0")
                .param("username", event.getAuthentication().getName())
                .update();
    }
}
