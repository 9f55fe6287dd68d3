package org.jinguo.care.mediation;

/** OPEN (received), MEDIATING (sessions under way), CLOSED (with an outcome). */
public enum MediationStatus {
    OPEN, MEDIATING, CLOSED
}
