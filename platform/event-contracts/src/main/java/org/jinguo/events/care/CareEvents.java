package org.jinguo.events.care;

/**
 * What care-service publishes. Ids and codes only: no child's or volunteer's personal data ever
 * leaves the service in an event.
 *
 * <ul>
 *   <li>{@code care.children}: keyed by child id; a case registered, a consent withdrawn (partner-facing
 *       copies of the case must then be dropped).</li>
 *   <li>{@code care.matches}: keyed by match id; a caring mother proposed for a child, the match
 *       confirmed by staff, or ended.</li>
 *   <li>{@code care.visits}: keyed by visit id; a visit or service record logged.</li>
 * </ul>
 */
public final class CareEvents {

    public static final String CHILDREN_TOPIC = "care.children";
    public static final String MATCHES_TOPIC = "care.matches";
    public static final String VISITS_TOPIC = "care.visits";

    public static final String CHILD_REGISTERED = "org.jinguo.care.child.registered.v1";
    public static final String CONSENT_WITHDRAWN = "org.jinguo.care.child.consent-withdrawn.v1";
    public static final String MATCH_PROPOSED = "org.jinguo.care.match.proposed.v1";
    public static final String MATCH_CONFIRMED = "org.jinguo.care.match.confirmed.v1";
    public static final String MATCH_ENDED = "org.jinguo.care.match.ended.v1";
    public static final String VISIT_LOGGED = "org.jinguo.care.visit.logged.v1";

    private CareEvents() {
    }
}
