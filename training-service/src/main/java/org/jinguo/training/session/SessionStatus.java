package org.jinguo.training.session;

/** Planned, open for enrolment, held (it took place), or cancelled. Labels: labels*.properties. */
public enum SessionStatus {
    PLANNED,
    OPEN,
    HELD,
    CANCELLED
}
