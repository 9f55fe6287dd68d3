package org.jinguo.identity.account;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;

/** The bodies the account admin API accepts. */
final class AccountRequests {

    private AccountRequests() {
    }

    /**
     * What a display name may be: no control or invisible formatting characters (which could
     * make a name look like another's), no line breaks, and no space at either end.
     */
    static final String DISPLAY_NAME = "(?U)[^\\p{C}\\s](?:[^\\p{C}\\p{Zl}\\p{Zp}]*[^\\p{C}\\s])?";

    /**
     * @param displayName the name the front ends show (OIDC {@code name}); the username when not given
     * @param password    at least 12 characters; stored only as a hash
     */
    record NewAccountBody(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{org.jinguo.web.validation.Username.message}") String username,
                          @Size(max = 100) @Pattern(regexp = DISPLAY_NAME) String displayName,
                          @NotNull @Size(min = 12, max = 128) String password,
                          @NotNull @Size(min = 1, max = 9) List<@Valid @NotNull RoleBody> roles) {
    }

    record DisplayNameBody(@NotNull @Size(max = 100) @Pattern(regexp = DISPLAY_NAME) String displayName) {
    }

    record RolesBody(@NotNull @Size(min = 1, max = 9) List<@Valid @NotNull RoleBody> roles) {
    }

    /** @param townCode required for a town-scoped role (TOWN_STAFF), absent otherwise */
    record RoleBody(@NotNull Role role, @TownCode String townCode) {
    }
}
