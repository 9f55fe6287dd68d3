package org.jinguo.events.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A woman completed a course by its completion rule. Subject and key: the person id.
 *
 * @param programmeCode the course's programme code, or null: {@code CARING_MOTHER} certifies a caring mother
 * @param category      the course's category code, e.g. {@code SKILLS}
 * @param completedOn   the local date (Asia/Shanghai) of the session that completed it
 */
public record CompletionRecordedV1(
        UUID id,
        UUID courseId,
        UUID personId,
        String programmeCode,
        String category,
        LocalDate completedOn,
        String certificateNumber) {
}
