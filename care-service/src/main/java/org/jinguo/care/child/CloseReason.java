package org.jinguo.care.child;

public enum CloseReason {
    AGED_OUT, FAMILY_REUNITED, MOVED_AWAY, NO_LONGER_NEEDED, OTHER
}
