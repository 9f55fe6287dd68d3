package org.jinguo.identity.account;

/** The roles of docs/architecture.md §5; a town-scoped role holds only in one town. Labels: labels*.properties. */
public enum Role {
    CITY_ADMIN(false),
    TOWN_STAFF(true),
    ACADEMY_STAFF(false),
    COMMERCE_STAFF(false),
    CARE_STAFF(false),
    JUDGE(false),
    CARING_MOTHER(false),
    HELPER(false),
    RESIDENT(false);

    private final boolean townScoped;

    Role(boolean townScoped) {
        this.townScoped = townScoped;
    }

    public boolean townScoped() {
        return townScoped;
    }
}
