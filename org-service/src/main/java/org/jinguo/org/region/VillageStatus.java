package org.jinguo.org.region;

/** Whether a village is in use or has been retired (e.g. merged into another). Labels: labels*.properties. */
public enum VillageStatus {
    ACTIVE,
    RETIRED
}
