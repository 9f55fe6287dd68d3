package org.jinguo.events.training;

/**
 * What training-service publishes: person ids and codes, never personal data.
 *
 * <ul>
 *   <li>{@code training.enrolments}, keyed by session id so one session's roll stays in order:
 *       each enrolment's state after a change (enrolled, waiting, promoted, cancelled, attended).</li>
 *   <li>{@code training.completions}, keyed by person id: a course completed (with its programme
 *       code, e.g. {@code CARING_MOTHER}) and the certificate issued for it.</li>
 *   <li>{@code training.outcomes}, keyed by person id: what a woman's training led to.</li>
 *   <li>{@code training.competitions}, keyed by competition id: published results.</li>
 * </ul>
 */
public final class TrainingEvents {

    public static final String ENROLMENTS_TOPIC = "training.enrolments";
    public static final String COMPLETIONS_TOPIC = "training.completions";
    public static final String OUTCOMES_TOPIC = "training.outcomes";
    public static final String COMPETITIONS_TOPIC = "training.competitions";

    public static final String ENROLMENT_CHANGED = "org.jinguo.training.enrolment.changed.v1";
    public static final String COMPLETION_RECORDED = "org.jinguo.training.completion.recorded.v1";
    public static final String CERTIFICATE_ISSUED = "org.jinguo.training.certificate.issued.v1";
    public static final String OUTCOME_RECORDED = "org.jinguo.training.outcome.recorded.v1";
    public static final String COMPETITION_RESULTS_PUBLISHED = "org.jinguo.training.competition.results-published.v1";

    private TrainingEvents() {
    }
}
