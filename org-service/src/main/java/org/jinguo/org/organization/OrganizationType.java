package org.jinguo.org.organization;

import java.util.Set;

/**
 * Where an organisation stands: the city federation at the root; town, sub-district and zone
 * federations under it; village and community federations under those; industry federations
 * (e.g. express delivery) beside the tree; and federations inside a unit (a company, a college).
 */
public enum OrganizationType {
    CITY,
    TOWN,
    VILLAGE,
    INDUSTRY,
    UNIT;

    /** The types an organisation of this type may be placed under. */
    Set<OrganizationType> allowedParents() {
        return switch (this) {
            case CITY -> Set.of();
            case TOWN -> Set.of(CITY);
            case VILLAGE -> Set.of(TOWN);
            case INDUSTRY -> Set.of(CITY, TOWN, INDUSTRY);
            case UNIT -> Set.of(TOWN, VILLAGE, INDUSTRY);
        };
    }

    /** Town, village and unit federations belong to a town; the city federation to none. */
    boolean requiresTown() {
        return this == TOWN || this == VILLAGE || this == UNIT;
    }
}
