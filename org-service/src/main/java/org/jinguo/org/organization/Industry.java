package org.jinguo.org.organization;

/** The industries of industry federations and of the units in the register. Labels: labels*.properties. */
public enum Industry {
    EXPRESS_DELIVERY,
    INTERNET,
    FOOD_DELIVERY,
    RIDE_HAILING,
    E_COMMERCE,
    HARDWARE_MANUFACTURING,
    OTHER_MANUFACTURING,
    EDUCATION,
    SOCIAL_SERVICES,
    PROPERTY_MANAGEMENT,
    FINANCE,
    OTHER
}
