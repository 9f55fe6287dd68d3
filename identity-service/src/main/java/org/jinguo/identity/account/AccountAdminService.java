package org.jinguo.identity.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.SortableFields;
import org.jinguo.web.problem.ApiException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts, changes their roles and disables them, for CITY_ADMIN. */
@Service
@Transactional
@RequiredArgsConstructor
class AccountAdminService {

    private static final SortableFields SORT = SortableFields.of(Map.of("username", "username"), "username", "id");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;

    AccountView create(String username, String displayName, String password, List<AccountView.RoleView> roles) {
        requireValid(roles);
        if (accounts.usernameTaken(username)) {
            throw ApiException.conflict("USERNAME_TAKEN", username);
        }
        UUID id = UuidV7.next();
        accounts.insert(id, username, displayName == null ? username : displayName, passwords.encode(password), roles);
        AccountView created = account(id);
        audit.record("account.created", "account", id, null, created);
        return created;
    }

    @Transactional(readOnly = true)
    AccountView account(UUID id) {
        return accounts.find(id).orElseThrow(() -> ApiException.notFound("ACCOUNT_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<AccountView> accounts(Role role, String usernamePrefix, PageQuery query) {
        String orderBy = SORT.orderBy(query);
        return Page.of(accounts.search(role, usernamePrefix, orderBy, query.offset(), query.size()), query,
                accounts.count(role, usernamePrefix));
    }

    AccountView replaceRoles(UUID id, long expectedVersion, List<AccountView.RoleView> roles) {
        requireValid(roles);
        AccountView before = account(id);
        Versions.requireWritten(accounts.replaceRoles(id, expectedVersion, roles));
        AccountView after = account(id);
        audit.record("account.roles-replaced", "account", id, before, after);
        return after;
    }

    AccountView rename(UUID id, long expectedVersion, String displayName) {
        AccountView before = account(id);
        Versions.requireWritten(accounts.rename(id, expectedVersion, displayName));
        AccountView after = account(id);
        audit.record("account.renamed", "account", id, before, after);
        return after;
    }

    AccountView setEnabled(UUID id, long expectedVersion, boolean enabled) {
        AccountView before = account(id);
        Versions.requireWritten(accounts.setEnabled(id, expectedVersion, enabled));
        AccountView after = account(id);
        audit.record(enabled ? "account.enabled" : "account.disabled", "account", id, before, after);
        return after;
    }

    /** A town-scoped role names its town, a city-wide one none, and an account has one town at most. */
    private static void requireValid(List<AccountView.RoleView> roles) {
        for (int i = 0; i < roles.size(); i++) {
            AccountView.RoleView role = roles.get(i);
            if (role.role().townScoped() && role.townCode() == null) {
                throw ApiException.invalid("roles[" + i + "].townCode", "TOWN_REQUIRED");
            }
            if (!role.role().townScoped() && role.townCode() != null) {
                throw ApiException.invalid("roles[" + i + "].townCode", "TOWN_NOT_ALLOWED");
            }
        }
        if (roles.stream().map(AccountView.RoleView::townCode).filter(Objects::nonNull).distinct().count() > 1) {
            throw ApiException.invalid("roles", "ONE_TOWN_ONLY");
        }
        if (roles.stream().map(AccountView.RoleView::role).distinct().count() < roles.size()) {
            throw ApiException.invalid("roles", "INVALID_VALUE");
        }
    }
}
