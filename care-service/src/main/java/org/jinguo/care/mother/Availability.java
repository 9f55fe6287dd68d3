package org.jinguo.care.mother;

/** When a caring mother is usually free, shown to staff confirming a match. */
public enum Availability {
    WEEKDAY_DAYTIME, WEEKDAY_EVENING, WEEKEND
}
