package org.jinguo.training.course;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the courses API returns. */
final class CourseViews {

    private CourseViews() {
    }

    /** @param requiredAttendances the completion rule: sessions she must attend to complete it */
    record CourseView(UUID id, String title, @Nullable String series, CourseCategory category, @Nullable String programmeCode,
                      @Nullable String description, UUID hostOrganizationId, @Nullable String townCode, int requiredAttendances,
                      long version) {

        static CourseView of(Course course) {
            CourseOutline o = course.outline();
            return new CourseView(course.id(), o.title(), o.series(), o.category(), o.programmeCode(), o.description(),
                    o.hostOrganizationId(), o.townCode(), o.requiredAttendances(), course.version());
        }
    }
}
