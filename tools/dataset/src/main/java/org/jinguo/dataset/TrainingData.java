package org.jinguo.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** training-service's part: people, courses and their sessions, attendance, outcomes, mentors, competitions. */
public record TrainingData(List<Person> people, List<Course> courses, List<Session> sessions, List<Attendance> attendances,
                           List<Outcome> outcomes, List<Mentor> mentors, List<Agreement> agreements, List<Competition> competitions) {

    public record Person(UUID id, String nameZh, String phone, String townCode) {
    }

    /** @param townCode null for a city-wide course */
    public record Course(UUID id, String title, String category, UUID hostOrganizationId, String townCode) {
    }

    /** @param viewerCount for an online session, else 0 */
    public record Session(UUID id, UUID courseId, LocalDate day, boolean online, int viewerCount, boolean cancelled) {
    }

    /** A woman enrolled in a held session who attended it. */
    public record Attendance(UUID enrolmentId, UUID sessionId, UUID personId) {
    }

    /** An employment outcome; {@code monthlyIncomeBeforeFen} may be unknown (null). */
    public record Outcome(UUID id, UUID personId, UUID courseId, String workplace, LocalDate startedOn, Long monthlyIncomeBeforeFen,
                          long monthlyIncomeAfterFen) {
    }

    public record Mentor(UUID id, String nameZh, String expertise, String townCode, LocalDate joinedOn) {
    }

    public record Agreement(UUID id, UUID mentorId, String kind, String enterpriseName, String townCode, LocalDate signedOn) {
    }

    public record Competition(UUID id, String name, LocalDate heldOn, String townCode, List<UUID> contestantPersonIds) {
    }
}
