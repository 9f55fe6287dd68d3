package org.jinguo.training.session;

/**
 * Planned, open for enrolment, full, held (it took place), or cancelled. FULL is shown, never
 * stored: an open session whose places are all taken, where new enrolments join the waiting
 * list. Labels: labels*.properties.
 */
public enum SessionStatus {
    PLANNED,
    OPEN,
    FULL,
    HELD,
    CANCELLED
}
