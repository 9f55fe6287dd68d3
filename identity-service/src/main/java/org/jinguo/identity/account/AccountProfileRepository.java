package org.jinguo.identity.account;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.identity.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What tokens and {@code /userinfo} say about a person: her display name, roles and town, as her account holds them now. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountProfileRepository {

    private final JdbcClient jdbc;

    /** @return empty when there is no such account or it is disabled */
    public Optional<AccountProfile> enabled(String username) {
        return jdbc.sql("select display_name from account where username = :username and enabled")
                .param("username", username)
                .query(String.class)
                .optional()
                .map(displayName -> new AccountProfile(username, displayName, roles(username)));
    }

    private List<RoleGrant> roles(String username) {
        return jdbc.sql("""
                select r.role, r.town_code from account_role r join account a on a.id = r.account_id
                where a.username = :username order by r.role
                """)
                .param("username", username)
                .query((rs, n) -> new RoleGrant(rs.getString("role"), rs.getString("town_code")))
                .list();
    }
}
