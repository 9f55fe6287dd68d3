package org.jinguo.web.statistics;

import org.jinguo.web.security.AccessRules;

/** Who reads a section of the impact report: the same for every service but for its staff role and read scope. */
public final class StatisticsAccess {

    private StatisticsAccess() {
    }

    /** CITY_ADMIN and the service's staff for any town, TOWN_STAFF for their own, partners with the read scope. */
    public static AccessRules of(String path, String staffRole, String readScope) {
        return requests -> requests.requestMatchers(path)
                .hasAnyAuthority("ROLE_CITY_ADMIN", "ROLE_" + staffRole, "ROLE_TOWN_STAFF", "SCOPE_" + readScope);
    }
}
