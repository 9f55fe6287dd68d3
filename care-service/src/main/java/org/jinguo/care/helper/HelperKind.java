package org.jinguo.care.helper;

/** The good helpers (好助手) who support caring mothers: student volunteers, young social workers, caring merchants. */
public enum HelperKind {
    STUDENT_VOLUNTEER, YOUNG_SOCIAL_WORKER, CARING_MERCHANT
}
