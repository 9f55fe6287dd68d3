package org.jinguo.care.household;

/** Family activities; PARENT_CHILD activities are counted in the report. */
public enum ActivityKind {
    PARENT_CHILD, SUMMER_CARE, AUTISM_CARE, FAMILY_EDUCATION, OTHER
}
