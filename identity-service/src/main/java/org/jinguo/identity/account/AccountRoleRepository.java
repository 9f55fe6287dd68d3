package org.jinguo.identity.account;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.identity.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roles (and town, for a town-scoped role) of a person's account. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountRoleRepository {

    private final JdbcClient jdbc;

    public List<RoleGrant> of(String username) {
        return jdbc.sql("""
                select r.role, r.town_code from account_role r join account a on a.id = r.account_id
                where a.username = :username order by r.role
                """)
                .param("username", username)
                .query((rs, n) -> new RoleGrant(rs.getString("role"), rs.getString("town_code")))
                .list();
    }
}
