package org.jinguo.events.org;

/**
 * Federation organisations as org-service publishes them on a compacted topic: each event carries
 * the full state of one organisation, keyed by its id, so a service deployed later rebuilds its
 * local copy by reading the topic from the start.
 */
public final class OrganizationEvents {

    public static final String TOPIC = "org.organizations";
    public static final String ORGANIZATION_CHANGED = "org.jinguo.org.organization.changed.v1";

    private OrganizationEvents() {
    }
}
