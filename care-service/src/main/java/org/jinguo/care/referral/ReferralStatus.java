package org.jinguo.care.referral;

/** SENT to the agency, which ACCEPTED or DECLINED it; WITHDRAWN when the consent to share was withdrawn. */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, WITHDRAWN
}
