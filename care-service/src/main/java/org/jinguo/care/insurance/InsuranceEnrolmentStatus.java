package org.jinguo.care.insurance;

/** APPLIED (eligible, awaiting the insurer), ENROLLED (covered), REJECTED (by the insurer), CANCELLED (cover ended early). */
public enum InsuranceEnrolmentStatus {
    APPLIED, ENROLLED, REJECTED, CANCELLED
}
