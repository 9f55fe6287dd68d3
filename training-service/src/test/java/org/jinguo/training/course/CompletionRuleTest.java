package org.jinguo.training.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class CompletionRuleTest {

    @Test
    void aCourseIsCompletedOnceSheHasAttendedAsManySessionsAsItsRuleAsks() {
        CourseOutline threeSessions = new CourseOutline("肉麦饼制作", "永康女匠", CourseCategory.SKILLS, null, null, UUID.randomUUID(),
                "GUSHAN", 3);

        assertThat(threeSessions.completedBy(0)).isFalse();
        assertThat(threeSessions.completedBy(2)).isFalse();
        assertThat(threeSessions.completedBy(3)).isTrue();
        assertThat(threeSessions.completedBy(4)).isTrue();
    }
}
