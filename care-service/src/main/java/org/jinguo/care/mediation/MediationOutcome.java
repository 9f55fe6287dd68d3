package org.jinguo.care.mediation;

public enum MediationOutcome {
    AGREEMENT, NO_AGREEMENT, REFERRED_TO_COURT, WITHDRAWN
}
