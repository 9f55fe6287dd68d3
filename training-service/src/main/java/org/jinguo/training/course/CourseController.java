package org.jinguo.training.course;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.training.course.CourseRequests.CourseBody;
import org.jinguo.training.course.CourseViews.CourseView;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "Courses", description = "The academy's courses, their series, category and programme code")
@Validated
@RequiredArgsConstructor
class CourseController {

    private final CourseService courses;

    @PostMapping
    @Creates
    @Operation(summary = "Plan a course", description = "Accepts Idempotency-Key. The host organisation must be known to training "
            + "(from org-service's events), not dissolved, and in the course's town unless it is city-wide.")
    ResponseEntity<CourseView> plan(@Valid @RequestBody CourseBody body) {
        Course course = courses.plan(body.id(), body.toOutline());
        return Versions.created(URI.create("/api/v1/courses/" + course.id()), CourseView.of(course), course.version());
    }

    @GetMapping
    @Operation(summary = "List courses", description = "title matches part of the title.")
    Page<CourseView> courses(@RequestParam(required = false) CourseCategory category,
                             @RequestParam(required = false) @Size(max = 100) String series,
                             @RequestParam(required = false) @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{org.jinguo.web.validation.Code.message}")
                             String programmeCode,
                             @RequestParam(required = false) @TownCode String townCode,
                             @RequestParam(required = false) @Size(max = 100) String title,
                             PageQuery page) {
        return courses.courses(new CourseFilter(category, series, programmeCode, townCode, title), page).map(CourseView::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One course, with its ETag")
    ResponseEntity<CourseView> course(@PathVariable UUID id) {
        Course course = courses.course(id);
        return Versions.ok(CourseView.of(course), course.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a course")
    ResponseEntity<CourseView> revise(@PathVariable UUID id,
                                      @Valid @RequestBody CourseBody body, ExpectedVersion expected) {
        Course course = courses.revise(id, expected.value(), body.toOutline());
        return Versions.ok(CourseView.of(course), course.version());
    }
}
