package org.jinguo.care.mother;

/**
 * A caring mother's path: an applicant, certified by completing a CARING_MOTHER course (or, for
 * past records, by CITY_ADMIN), activated by staff, paused and resumed, and withdrawn for good.
 * Only ACTIVE mothers are matched.
 */
public enum MotherStatus {
    APPLICANT, CERTIFIED, ACTIVE, PAUSED, WITHDRAWN;

    boolean mayBecome(MotherStatus next) {
        return switch (this) {
            case APPLICANT -> next == CERTIFIED || next == WITHDRAWN;
            case CERTIFIED -> next == ACTIVE || next == WITHDRAWN;
            case ACTIVE -> next == PAUSED || next == WITHDRAWN;
            case PAUSED -> next == ACTIVE || next == WITHDRAWN;
            case WITHDRAWN -> false;
        };
    }
}
