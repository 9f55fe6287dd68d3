package org.jinguo.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who may do what in the academy (docs/architecture.md §5): every caller × the operations that matter,
 * on fresh ZHUSHAN records for each caller. A JUDGE scores only the competition she is assigned
 * to; a RESIDENT reaches her own record only.
 */
@ServiceIntegrationTest
class TrainingAccessIT {

    private static final String TOWN = "ZHUSHAN";
    private static final String HIDDEN = "404";
    private static final String STAFF = "ok ok ok ok ok ok ok 403 ok ok";
    private static final String COMPETITION = """
            {"name":"竹山厨艺赛","heldOn":"2024-09-01","place":"竹山礼堂","townCode":"ZHUSHAN",
             "criteria":[{"code":"TASTE","name":"口味","weight":100}],"judges":[{"subject":"judge-assigned","name":"评委"}]}""";
    private static final String NO_ACADEMY_ROLE = "403 403 ok 403 403 403 403 403 403 403";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    private final AtomicInteger phones = new AtomicInteger();

    /** The woman the caller acts on, a course of hers with a session to enrol in, one she attended, and a competition she is in. */
    private record Records(String woman, String course, String openSession, String competition) {
    }

    private record Operation(String name, Function<Records, Reply> call) {
    }

    @Test
    void everyCallerGetsTheStatusItsRoleImpliesForEveryOperation() {
        ReferenceEvents.towns(jdbc, TOWN, "GUSHAN");
        UUID host = UUID.randomUUID();
        ReferenceEvents.organization(jdbc, host, "TOWN", TOWN, null);
        Map<String, String> callers = new LinkedHashMap<>();
        Map<String, String> expected = new LinkedHashMap<>();
        // operations: read woman, register woman, list courses, plan course, enrol, record outcome, read outcomes, score,
        //             organise competition, statistics
        expect(callers, expected, "anonymous", null, "401 401 401 401 401 401 401 401 401 401");
        expect(callers, expected, "CITY_ADMIN", TestTokens.cityAdmin(), STAFF);
        expect(callers, expected, "ACADEMY_STAFF", TestTokens.role("ACADEMY_STAFF", null), STAFF);
        expect(callers, expected, "TOWN_STAFF of ZHUSHAN", TestTokens.townStaff(TOWN), STAFF);
        expect(callers, expected, "TOWN_STAFF of GUSHAN", TestTokens.townStaff("GUSHAN"),
                HIDDEN + " 403 ok 403 404 404 404 403 403 ok");
        for (String role : List.of("COMMERCE_STAFF", "CARE_STAFF", "CARING_MOTHER", "HELPER")) {
            expect(callers, expected, role, TestTokens.role(role, null), NO_ACADEMY_ROLE);
        }
        expect(callers, expected, "JUDGE of the competition", TestTokens.user("judge-assigned", "JUDGE", null),
                "403 403 ok 403 403 403 403 ok 403 403");
        expect(callers, expected, "JUDGE of another", TestTokens.user("judge-elsewhere", "JUDGE", null), NO_ACADEMY_ROLE);
        expect(callers, expected, "RESIDENT, herself", null, "ok 409 ok 403 ok 403 ok 403 403 403");
        expect(callers, expected, "RESIDENT, another woman", TestTokens.user("resident-another", "RESIDENT", null),
                HIDDEN + " ok ok 403 404 403 404 403 403 403");
        expect(callers, expected, "partner with training.read", TestTokens.partner("training.read"),
                "ok 403 ok 403 403 403 ok 403 403 ok");
        expect(callers, expected, "partner with commerce.write", TestTokens.partner("commerce.write"), NO_ACADEMY_ROLE);

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, String> caller : callers.entrySet()) {
            String token = caller.getValue();
            String residentSelf = null;
            if (caller.getKey().equals("RESIDENT, herself")) {
                residentSelf = "resident-self-" + UUID.randomUUID();
                token = TestTokens.user(residentSelf, "RESIDENT", null);
            }
            HttpApi api = token == null ? HttpApi.onLocalPort(port) : HttpApi.onLocalPort(port).as(token);
            Records records = freshRecords(host, residentSelf == null ? null : api);
            List<String> got = new ArrayList<>();
            for (Operation operation : operations(api)) {
                Reply reply = operation.call().apply(records);
                got.add(reply.status() / 100 == 2 ? "ok" : String.valueOf(reply.status()));
            }
            outcomes.put(caller.getKey(), String.join(" ", got));
        }

        assertThat(outcomes).isEqualTo(expected);
    }

    private static void expect(Map<String, String> callers, Map<String, String> expected, String caller, String token, String statuses) {
        callers.put(caller, token);
        expected.put(caller, statuses);
    }

    private List<Operation> operations(HttpApi api) {
        return List.of(
                new Operation("read woman", r -> api.get("/api/v1/people/" + r.woman()).send()),
                new Operation("register woman", r -> api.post("/api/v1/people", """
                        {"nameZh":"朱新","phone":"%s","townCode":"%s"}""".formatted(phone(), TOWN)).send()),
                new Operation("list courses", r -> api.get("/api/v1/courses?townCode=" + TOWN).send()),
                new Operation("plan course", r -> api.post("/api/v1/courses", """
                        {"title":"新课","category":"SKILLS","hostOrganizationId":"%s","townCode":"%s"}"""
                        .formatted(hostOf(r.course()), TOWN)).send()),
                new Operation("enrol", r -> api.post("/api/v1/sessions/" + r.openSession() + "/enrolments", """
                        {"personId":"%s"}""".formatted(r.woman())).send()),
                new Operation("record outcome", r -> api.post("/api/v1/outcomes", """
                        {"personId":"%s","courseId":"%s","employed":true,"workplace":"农家乐","startedOn":"2024-05-01"}"""
                        .formatted(r.woman(), r.course())).send()),
                new Operation("read outcomes", r -> api.get("/api/v1/outcomes?personId=" + r.woman()).send()),
                new Operation("score", r -> api.post("/api/v1/competitions/" + r.competition() + "/scores", """
                        {"contestantId":"%s","criterion":"TASTE","score":88}""".formatted(r.woman())).send()),
                new Operation("organise competition", r -> api.post("/api/v1/competitions", COMPETITION).send()),
                new Operation("statistics", r -> api.get("/api/v1/training-statistics?from=2024-01-01&to=2024-12-31").send()));
    }

    /** @param resident the RESIDENT's own API when the woman is herself, registered by her; else null */
    private Records freshRecords(UUID host, HttpApi resident) {
        HttpApi admin = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
        String personBody = """
                {"nameZh":"朱秀兰","phone":"%s","townCode":"%s"}""".formatted(phone(), TOWN);
        String woman = id((resident == null ? admin : resident).post("/api/v1/people", personBody).send());
        String course = id(admin.post("/api/v1/courses", """
                {"title":"竹山农家乐","category":"SKILLS","hostOrganizationId":"%s","townCode":"%s"}""".formatted(host, TOWN)).send());
        String open = session(admin, course, "2099-06-01T09:00:00+08:00");
        String past = session(admin, course, "2024-03-01T09:00:00+08:00");
        String enrolment = id(admin.post("/api/v1/sessions/" + past + "/enrolments", """
                {"personId":"%s","requestedAt":"2024-02-20T09:00:00+08:00"}""".formatted(woman)).send());
        admin.post("/api/v1/enrolments/" + enrolment + "/attendance", "{\"checkedInAt\":\"2024-03-01T09:00:00+08:00\"}").send();
        String competition = id(admin.post("/api/v1/competitions", COMPETITION).send());
        admin.post("/api/v1/competitions/" + competition + "/contestants", "{\"personId\":\"%s\"}".formatted(woman)).send();
        return new Records(woman, course, open, competition);
    }

    private String session(HttpApi admin, String course, String startsAt) {
        String session = id(admin.post("/api/v1/courses/" + course + "/sessions", """
                {"startsAt":"%s","endsAt":"%s","online":false,"place":"竹山礼堂","capacity":30}"""
                .formatted(startsAt, Academy.moment(java.time.OffsetDateTime.parse(startsAt).plusHours(2)))).send());
        admin.post("/api/v1/sessions/" + session + "/opening", "").header("If-Match", "\"1\"").send();
        return session;
    }

    private String hostOf(String course) {
        return HttpApi.onLocalPort(port).as(TestTokens.cityAdmin()).get("/api/v1/courses/" + course).send().json()
                .get("hostOrganizationId").asString();
    }

    private String phone() {
        return "1395750%04d".formatted(phones.incrementAndGet());
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isLessThan(300);
        return reply.json().get("id").asString();
    }
}
