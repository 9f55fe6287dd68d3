package org.jinguo.identity.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.paging.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class AccountRepository {

    private static final String COLUMNS = "id, username, display_name, enabled, coalesce(locked_until > now(), false) as locked, version";
    private static final String FILTER = """
             where (cast(:role as text) is null or exists (select 1 from account_role r where r.account_id = account.id and r.role = :role))
               and (cast(:username as text) is null or username like :username)
            """;

    private final JdbcClient jdbc;

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from account where username = :username").param("username", username).query(Long.class).single() > 0;
    }

    void insert(UUID id, String username, String displayName, String passwordHash, List<AccountView.RoleView> roles) {
        jdbc.sql("insert into account (id, username, display_name, password_hash) values (:id, :username, :displayName, :hash)")
                .param("id", id).param("username", username).param("displayName", displayName).param("hash", passwordHash).update();
        insertRoles(id, roles);
    }

    /** @return false when the account changed since it was read at {@code expectedVersion} */
    boolean replaceRoles(UUID id, long expectedVersion, List<AccountView.RoleView> roles) {
        if (!bumpVersion(id, expectedVersion)) {
            return false;
        }
        jdbc.sql("delete from account_role where account_id = :id").param("id", id).update();
        insertRoles(id, roles);
        return true;
    }

    /** @return false when the account changed since it was read at {@code expectedVersion} */
    boolean rename(UUID id, long expectedVersion, String displayName) {
        return jdbc.sql("update account set display_name = :displayName, version = version + 1 where id = :id and version = :expected")
                .param("displayName", displayName).param("id", id).param("expected", expectedVersion)
                .update() == 1;
    }

    /** Enabling also lifts a lock-out. @return false when the account changed since it was read */
    boolean setEnabled(UUID id, long expectedVersion, boolean enabled) {
        return jdbc.sql("""
                update account set enabled = :enabled, failed_logins = 0, locked_until = null, version = version + 1
                where id = :id and version = :expected
                """)
                .param("enabled", enabled).param("id", id).param("expected", expectedVersion)
                .update() == 1;
    }

    Optional<AccountView> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = :id").param("id", id)
                .query((rs, n) -> new AccountRow(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getLong("version")))
                .optional()
                .map(row -> withRoles(List.of(row)).get(0));
    }

    List<AccountView> search(Role role, String usernamePrefix, String orderBy, long offset, int limit) {
        List<AccountRow> rows = filtered("select " + COLUMNS + " from account" + FILTER + " order by " + orderBy
                + " offset :offset limit :limit", role, usernamePrefix)
                .param("offset", offset).param("limit", limit)
                .query((rs, n) -> new AccountRow(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getBoolean("enabled"), rs.getBoolean("locked"), rs.getLong("version")))
                .list();
        return withRoles(rows);
    }

    long count(Role role, String usernamePrefix) {
        return filtered("select count(*) from account" + FILTER, role, usernamePrefix).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, Role role, String usernamePrefix) {
        return jdbc.sql(sql)
                .param("role", role == null ? null : role.name())
                .param("username", LikePatterns.startingWith(usernamePrefix));
    }

    private boolean bumpVersion(UUID id, long expectedVersion) {
        return jdbc.sql("update account set version = version + 1 where id = :id and version = :expected")
                .param("id", id).param("expected", expectedVersion).update() == 1;
    }

    private void insertRoles(UUID id, List<AccountView.RoleView> roles) {
        for (AccountView.RoleView role : roles) {
            jdbc.sql("insert into account_role (account_id, role, town_code) values (:id, :role, :town)")
                    .param("id", id).param("role", role.role().name()).param("town", role.townCode()).update();
        }
    }

    private List<AccountView> withRoles(List<AccountRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<AccountView.RoleView>> roles = new HashMap<>();
        jdbc.sql("select account_id, role, town_code from account_role where account_id in (:ids) order by role")
                .param("ids", rows.stream().map(AccountRow::id).toList())
                .query((rs, n) -> roles.computeIfAbsent(rs.getObject("account_id", UUID.class), key -> new ArrayList<>())
                        .add(new AccountView.RoleView(Role.valueOf(rs.getString("role")), rs.getString("town_code"))))
                .list();
        return rows.stream().map(row -> new AccountView(row.id(), row.username(), row.displayName(), row.enabled(), row.locked(),
                List.copyOf(roles.getOrDefault(row.id(), List.of())), row.version())).toList();
    }

    private record AccountRow(UUID id, String username, String displayName, boolean enabled, boolean locked, long version) {
    }
}
