package org.jinguo.dataset;

import static org.jinguo.dataset.Api.body;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

/**
 * People, courses, sessions (opened and held, or cancelled), enrolments with attendance,
 * outcomes, mentors with their agreements, and competitions with their contestants, into
 * training-service. training learns the federations that host courses from org-service's events,
 * so a course whose host it does not know yet is tried again for a while.
 */
@RequiredArgsConstructor
final class TrainingLoader {

    private static final Duration HOSTS_KNOWN_WITHIN = Duration.ofMinutes(3);

    private final Api api;
    private final Parallel parallel;
    private final OrgLoader org;

    void load(TrainingData training) {
        parallel.each(training.people(), person -> api.post("/api/v1/people", body("id", person.id(), "nameZh", person.nameZh(),
                "phone", person.phone(), "townCode", person.townCode())).createdOrTaken("PERSON_ID_TAKEN"));
        parallel.each(training.courses(), this::course);
        parallel.each(training.sessions(), this::session);
        Map<UUID, TrainingData.Session> sessions = training.sessions().stream()
                .collect(Collectors.toMap(TrainingData.Session::id, Function.identity()));
        parallel.each(training.attendances(), attendance -> attend(attendance, sessions.get(attendance.sessionId())));
        parallel.each(training.outcomes(), outcome -> api.post("/api/v1/outcomes", body("id", outcome.id(),
                "personId", outcome.personId(), "courseId", outcome.courseId(), "employed", true, "workplace", outcome.workplace(),
                "startedOn", outcome.startedOn(), "monthlyIncomeBeforeFen", outcome.monthlyIncomeBeforeFen(),
                "monthlyIncomeAfterFen", outcome.monthlyIncomeAfterFen())).createdOrTaken("OUTCOME_ID_TAKEN"));
        parallel.each(training.mentors(), mentor -> api.post("/api/v1/mentors", body("id", mentor.id(), "nameZh", mentor.nameZh(),
                "expertise", mentor.expertise(), "townCode", mentor.townCode(), "joinedOn", mentor.joinedOn())).createdOrTaken("MENTOR_ID_TAKEN"));
        parallel.each(training.agreements(), agreement -> api.post("/api/v1/mentors/" + agreement.mentorId() + "/agreements",
                body("id", agreement.id(), "kind", agreement.kind(), "enterpriseName", agreement.enterpriseName(),
                        "townCode", agreement.townCode(), "signedOn", agreement.signedOn(), "summary", "产品购销与品牌共享")).createdOrTaken("AGREEMENT_ID_TAKEN"));
        parallel.each(training.competitions(), this::competition);
    }

    private void course(TrainingData.Course course) {
        Object body = body("id", course.id(), "title", course.title(), "category", course.category(),
                "hostOrganizationId", org.federation(course.hostOrganizationId()), "townCode", course.townCode(), "requiredAttendances", 1,
                "description", "巾帼学院课程");
        Instant giveUp = Instant.now().plus(HOSTS_KNOWN_WITHIN);
        while (true) {
            Api.Reply reply = api.post("/api/v1/courses", body);
            if (reply.created() || (reply.status() == 409 && "COURSE_ID_TAKEN".equals(reply.code()))) {
                return;
            }
            if (!reply.hasError("UNKNOWN_ORGANIZATION") || Instant.now().isAfter(giveUp)) {
                throw new LoadException("course " + course.title() + ": answered " + reply.status() + ": " + reply.body());
            }
            Api.pause(Duration.ofSeconds(1));
        }
    }

    private void session(TrainingData.Session session) {
        OffsetDateTime startsAt = startsAt(session);
        Api.Reply reply = api.post("/api/v1/courses/" + session.courseId() + "/sessions", body("id", session.id(),
                "startsAt", startsAt.toString(), "endsAt", startsAt.plusHours(3).toString(), "online", session.online(),
                "place", session.online() ? null : "妇女之家培训室", "capacity", 60, "trainer", "巾帼学院讲师")).createdOrTaken("SESSION_ID_TAKEN");
        if (!reply.created()) {
            reply = api.get("/api/v1/sessions/" + session.id()).expect(200);
        }
        String path = "/api/v1/sessions/" + session.id();
        String status = reply.json().get("status").asString();
        String etag = reply.etag();
        if (session.cancelled()) {
            if (!status.equals("CANCELLED")) {
                api.post(path + "/cancellation", body(), etag).expect(200);
            }
            return;
        }
        if (status.equals("PLANNED")) {
            Api.Reply opened = api.post(path + "/opening", body(), etag).expect(200);
            etag = opened.etag();
            status = opened.json().get("status").asString();
        }
        if (!status.equals("HELD")) {
            api.post(path + "/holding", body("viewerCount", session.online() ? session.viewerCount() : null), etag).expect(200);
        }
    }

    private void attend(TrainingData.Attendance attendance, TrainingData.Session session) {
        OffsetDateTime startsAt = startsAt(session);
        api.post("/api/v1/sessions/" + session.id() + "/enrolments", body("id", attendance.enrolmentId(),
                "personId", attendance.personId(), "requestedAt", startsAt.minusDays(3).toString())).createdOrTaken("ENROLMENT_ID_TAKEN",
                "ALREADY_ENROLLED");
        api.post("/api/v1/enrolments/" + attendance.enrolmentId() + "/attendance", body("checkedInAt", startsAt.plusMinutes(5).toString()))
                .expect(200, 201);
    }

    private void competition(TrainingData.Competition competition) {
        api.post("/api/v1/competitions", body("id", competition.id(), "name", competition.name(), "heldOn", competition.heldOn(),
                "place", "永康市职业技术学校", "townCode", competition.townCode(), "coOrganizers", List.of("永康市人力资源和社会保障局"),
                "criteria", List.of(Map.of("code", "CRAFT", "name", "技艺", "weight", 60), Map.of("code", "CREATIVITY", "name", "创意", "weight", 40)),
                "judges", List.of(Map.of("subject", "academy-judge", "name", "评委")))).createdOrTaken("COMPETITION_ID_TAKEN");
        for (UUID person : competition.contestantPersonIds()) {
            Api.Reply entered = api.post("/api/v1/competitions/" + competition.id() + "/contestants", body("personId", person));
            // Entering her again is answered 200: she is entered once.
            entered.expect(200, 201);
        }
    }

    private static OffsetDateTime startsAt(TrainingData.Session session) {
        return ShanghaiTime.at(session.day(), 9, 0);
    }
}
