package org.jinguo.org.organization;

/** Preparing (being founded), active, or dissolved; each change takes effect on a date. */
public enum OrganizationStatus {
    PREPARING,
    ACTIVE,
    DISSOLVED
}
