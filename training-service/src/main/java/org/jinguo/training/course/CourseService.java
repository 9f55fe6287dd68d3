package org.jinguo.training.course;

import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.reference.KnownOrganizations;
import org.jinguo.reference.KnownOrganizations.LiveOrganization;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.paging.SortableFields;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plans and revises the academy's courses: academy staff and CITY_ADMIN anywhere, town staff in their own town. */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CourseService {

    private static final SortableFields SORT = SortableFields.of(Map.of("title", "title", "series", "series",
            "category", "category", "townCode", "town_code"), "title", "id");

    private final CourseRepository courses;
    private final KnownRegions regions;
    private final KnownOrganizations organizations;
    private final AuditTrail audit;

    Course plan(UUID requestedId, CourseOutline outline) {
        requireValid(outline);
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (courses.exists(id)) {
            throw ApiException.conflict("COURSE_ID_TAKEN", id);
        }
        Course course = Course.plan(id, outline);
        courses.insert(course);
        audit.record("course.planned", "course", id, null, course.outline());
        return course;
    }

    /** Courses are open to every caller: women choose from them in the app. */
    @Transactional(readOnly = true)
    public Course course(UUID id) {
        return courses.find(id).orElseThrow(() -> ApiException.notFound("COURSE_NOT_FOUND", id));
    }

    @Transactional(readOnly = true)
    Page<Course> courses(CourseFilter filter, PageQuery query) {
        String orderBy = SORT.orderBy(query);
        return courses.search(filter, orderBy, query);
    }

    Course revise(UUID id, long expectedVersion, CourseOutline outline) {
        Course course = course(id);
        TownScope.requireActsIn(course.outline().townCode());
        Versions.requireUnchanged(course.version(), expectedVersion);
        requireValid(outline);
        CourseOutline before = course.outline();
        course.revise(outline);
        Versions.requireWritten(courses.update(course, expectedVersion));
        audit.record("course.revised", "course", id, before, course.outline());
        return course;
    }

    /** The host is a live organisation training knows, in the course's town unless it is city-wide. */
    private void requireValid(CourseOutline outline) {
        TownScope.requireActsIn(outline.townCode());
        if (outline.townCode() != null && !regions.townExists(outline.townCode())) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", outline.townCode());
        }
        LiveOrganization host = organizations.liveOrganization(outline.hostOrganizationId())
                .orElseThrow(() -> ApiException.invalid("hostOrganizationId", "UNKNOWN_ORGANIZATION", outline.hostOrganizationId()));
        if (host.townCode() != null && !host.townCode().equals(outline.townCode())) {
            throw ApiException.invalid("hostOrganizationId", "HOST_IN_OTHER_TOWN", host.townCode());
        }
    }
}
