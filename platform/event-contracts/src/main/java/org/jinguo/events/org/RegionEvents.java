package org.jinguo.events.org;

/**
 * Regions of the city (towns, and villages and communities under them) as org-service publishes
 * them on a compacted topic: each event carries the full state of one region, keyed by its id, so a
 * service deployed later rebuilds its local copy by reading the topic from the start.
 */
public final class RegionEvents {

    public static final String TOPIC = "org.regions";
    public static final String TOWN_CHANGED = "org.jinguo.org.town.changed.v1";
    public static final String VILLAGE_CHANGED = "org.jinguo.org.village.changed.v1";

    private RegionEvents() {
    }
}
