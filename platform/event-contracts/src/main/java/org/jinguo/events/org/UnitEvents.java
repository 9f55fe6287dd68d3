package org.jinguo.events.org;

/**
 * The register of new-domain units and who covers them, keyed by unit id, so one unit's events
 * stay in order: a unit's full state after each change, and each coverage started, changed or
 * ended.
 */
public final class UnitEvents {

    public static final String TOPIC = "org.units";
    public static final String UNIT_CHANGED = "org.jinguo.org.unit.changed.v1";
    public static final String COVERAGE_CHANGED = "org.jinguo.org.coverage.changed.v1";

    private UnitEvents() {
    }
}
