package org.jinguo.care.referral;

/** What the partner agency is asked to provide. */
public enum ReferralKind {
    COUNSELLING, EDUCATION_SUPPORT, MEDICAL_CARE, LEGAL_AID, OTHER
}
