package org.jinguo.org.unit;

/** The "three new" domains (三新领域) a unit of the register belongs to. */
public enum UnitDomain {
    /** 新经济组织: private companies and other new economic organisations. */
    NEW_ECONOMIC_ORGANIZATION,
    /** 新社会组织: social organisations, foundations, private non-profit units. */
    NEW_SOCIAL_ORGANIZATION,
    /** 新就业群体: couriers, ride-hailing drivers, online sellers, gathered at a station or platform. */
    NEW_EMPLOYMENT_GROUP
}
