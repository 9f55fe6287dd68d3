package org.jinguo.identity;

/**
 * A role held by a person or a client.
 *
 * @param townCode the town a town-scoped role (e.g. TOWN_STAFF) is limited to; null for city-wide roles
 */
public record RoleGrant(String role, String townCode) {
}
