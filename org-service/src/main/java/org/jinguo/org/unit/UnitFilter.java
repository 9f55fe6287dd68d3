package org.jinguo.org.unit;

import org.jinguo.org.organization.Industry;

/** The filters of the unit list; any may be null. {@code name} matches part of the name. */
record UnitFilter(String townCode, UnitDomain domain, Industry industry, String name, String creditCode) {
}
