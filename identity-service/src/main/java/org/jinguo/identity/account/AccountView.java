package org.jinguo.identity.account;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An account as the admin API shows it; never its password. */
record AccountView(UUID id, String username, String displayName, boolean enabled, boolean locked, List<RoleView> roles, long version) {

    record RoleView(Role role, @Nullable String townCode) {
    }
}
