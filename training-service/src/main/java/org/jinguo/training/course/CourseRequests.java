package org.jinguo.training.course;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.validation.PlainText;

/** The bodies the courses API accepts. */
final class CourseRequests {

    private CourseRequests() {
    }

    /**
     * @param id            optional: an offline-capable client may choose the id
     * @param programmeCode optional: marks courses another service cares about, e.g. {@code CARING_MOTHER}
     * @param townCode      optional: a course without a town is city-wide
     * @param requiredAttendances optional, 1 by default: the sessions she must attend to complete it
     */
    record CourseBody(
            UUID id,
            @NotBlank @Size(max = 200) @PlainText String title,
            @Size(max = 100) @PlainText String series,
            @NotNull CourseCategory category,
            @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{org.jinguo.web.validation.Code.message}") String programmeCode,
            @Size(max = 4000) @PlainText String description,
            @NotNull UUID hostOrganizationId,
            @TownCode String townCode,
            @Min(1) @Max(1000) Integer requiredAttendances) {

        CourseOutline toOutline() {
            return new CourseOutline(title, blankToNull(series), category, programmeCode, blankToNull(description), hostOrganizationId,
                    townCode, requiredAttendances == null ? 1 : requiredAttendances);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }
}
