package org.jinguo.training.course;

import java.util.UUID;

/** What a course is: {@code series}, {@code programmeCode}, {@code description} and {@code townCode} may be null. */
public record CourseOutline(String title, String series, CourseCategory category, String programmeCode, String description,
                            UUID hostOrganizationId, String townCode) {
}
