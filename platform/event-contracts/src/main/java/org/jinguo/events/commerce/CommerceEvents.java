package org.jinguo.events.commerce;

/**
 * What commerce-service publishes that other services consume.
 *
 * <ul>
 *   <li>{@code commerce.workshops}: compacted, keyed by workshop id, each workshop's full state
 *       after a change (opened, revised, closed), so a service deployed later rebuilds its copy.</li>
 *   <li>{@code commerce.employments}: keyed by employment id; employment at a workshop started
 *       or ended. training-service attributes a started employment to a course.</li>
 *   <li>{@code commerce.sales}: keyed by market event or livestream session id; its sales totals
 *       after each change (never buyers' personal data).</li>
 * </ul>
 */
public final class CommerceEvents {

    public static final String WORKSHOPS_TOPIC = "commerce.workshops";
    public static final String EMPLOYMENTS_TOPIC = "commerce.employments";
    public static final String SALES_TOPIC = "commerce.sales";

    public static final String WORKSHOP_CHANGED = "org.jinguo.commerce.workshop.changed.v1";
    public static final String EMPLOYMENT_STARTED = "org.jinguo.commerce.employment.started.v1";
    public static final String EMPLOYMENT_ENDED = "org.jinguo.commerce.employment.ended.v1";
    public static final String SALES_RECORDED = "org.jinguo.commerce.sales.recorded.v1";

    private CommerceEvents() {
    }
}
