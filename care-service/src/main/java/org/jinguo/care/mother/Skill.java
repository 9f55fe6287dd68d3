package org.jinguo.care.mother;

/**
 * What a caring mother can offer. Matching weighs DAILY_CARE against a child's daily-life needs,
 * TUTORING against education needs, PSYCHOLOGICAL_SUPPORT against social-integration needs, and
 * SPECIAL_NEEDS_CARE for disabled or autistic children; the others are shown to staff.
 */
public enum Skill {
    DAILY_CARE, TUTORING, PSYCHOLOGICAL_SUPPORT, SPECIAL_NEEDS_CARE, ARTS_AND_SPORTS, HEALTH_CARE, LEGAL_AID
}
