package org.jinguo.training.enrolment;

/** Holding a place, waiting for one, or cancelled. Labels: labels*.properties. */
public enum EnrolmentStatus {
    ENROLLED,
    WAITING,
    CANCELLED
}
