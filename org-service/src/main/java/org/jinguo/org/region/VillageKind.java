package org.jinguo.org.region;

/** A village (村) or an urban community (社区). Labels: labels*.properties. */
public enum VillageKind {
    VILLAGE,
    COMMUNITY
}
