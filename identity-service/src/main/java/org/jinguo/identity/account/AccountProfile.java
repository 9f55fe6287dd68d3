package org.jinguo.identity.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jinguo.identity.RoleGrant;

/** A person as the front ends and the services learn about her from identity-service. */
public record AccountProfile(String username, String displayName, List<RoleGrant> roles) {

    public List<String> roleNames() {
        return roles.stream().map(RoleGrant::role).toList();
    }

    /** The town her town-scoped role holds in; an account has one at most. */
    public Optional<String> town() {
        return roles.stream().map(RoleGrant::townCode).filter(Objects::nonNull).findFirst();
    }
}
