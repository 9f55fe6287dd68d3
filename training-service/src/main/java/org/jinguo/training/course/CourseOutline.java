package org.jinguo.training.course;

import java.util.UUID;

/**
 * What a course is: {@code series}, {@code programmeCode}, {@code description} and {@code townCode} may be null.
 *
 * @param requiredAttendances the completion rule: she completes the course once she has attended this many of its sessions
 */
public record CourseOutline(String title, String series, CourseCategory category, String programmeCode, String description,
                            UUID hostOrganizationId, String townCode, int requiredAttendances) {

    /** @param sessionsAttended how many of the course's sessions she attended */
    public boolean completedBy(long sessionsAttended) {
        return sessionsAttended >= requiredAttendances;
    }
}
