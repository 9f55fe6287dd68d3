package org.jinguo.training.course;

/** The filters of the course list; any may be null. {@code title} matches part of the title. */
record CourseFilter(CourseCategory category, String series, String programmeCode, String townCode, String title) {
}
