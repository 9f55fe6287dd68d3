package org.jinguo.training.course;

import java.util.UUID;

/**
 * A course of the academy, e.g. in the series "Yongkang Women Artisans". A programme code marks
 * the courses another service cares about (CARING_MOTHER: completing one certifies a caring
 * mother). A course without a town is city-wide.
 */
public final class Course {

    private final UUID id;
    private CourseOutline outline;
    private long version;

    public Course(UUID id, CourseOutline outline, long version) {
        this.id = id;
        this.outline = outline;
        this.version = version;
    }

    public static Course plan(UUID id, CourseOutline outline) {
        return new Course(id, outline, 1);
    }

    public void revise(CourseOutline outline) {
        this.outline = outline;
        version++;
    }

    public UUID id() {
        return id;
    }

    public CourseOutline outline() {
        return outline;
    }

    public long version() {
        return version;
    }
}
