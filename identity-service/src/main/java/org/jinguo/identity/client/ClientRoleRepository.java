package org.jinguo.identity.client;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.identity.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roles (and town, for a town-scoped role) that a client's own tokens carry. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClientRoleRepository {

    private final JdbcClient jdbc;

    public List<RoleGrant> of(String clientId) {
        return jdbc.sql("select role, town_code from client_role where client_id = :clientId order by role")
                .param("clientId", clientId)
                .query((rs, n) -> new RoleGrant(rs.getString("role"), rs.getString("town_code")))
                .list();
    }

    void grant(String clientId, String role, String townCode) {
        jdbc.sql("insert into client_role (client_id, role, town_code) values (:clientId, :role, :townCode) on conflict do nothing")
                .param("clientId", clientId).param("role", role).param("townCode", townCode)
                .update();
    }
}
