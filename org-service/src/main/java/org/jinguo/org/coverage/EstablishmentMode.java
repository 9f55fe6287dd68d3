package org.jinguo.org.coverage;

/** How the organisation covering a unit was set up (组建方式). */
public enum EstablishmentMode {
    /** 单独建立: the unit has a federation of its own. */
    STANDALONE,
    /** 行业统建: an industry federation covers the units of its industry. */
    INDUSTRY_WIDE,
    /** 区域联建: units of an area join in one federation. */
    REGIONAL_JOINT
}
