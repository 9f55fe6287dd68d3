package org.jinguo.org.region;

/** What kind of township-level division a town is. Labels: labels*.properties. */
public enum TownKind {
    SUBDISTRICT,
    TOWN,
    ZONE
}
