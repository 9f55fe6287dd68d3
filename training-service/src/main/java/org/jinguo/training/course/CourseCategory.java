package org.jinguo.training.course;

/** What a course teaches; the report counts SKILLS and FAMILY_EDUCATION sessions. Labels: labels*.properties. */
public enum CourseCategory {
    SKILLS,
    ENTREPRENEURSHIP,
    FAMILY_EDUCATION,
    CADRE,
    INTEGRITY,
    OTHER
}
