package org.jinguo.training;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.TestTokens;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds the academy's records through the REST API, in one town: its federation hosts the courses. */
public final class Academy {

    private final HttpApi admin;
    private final String town;
    private final UUID federation = UUID.randomUUID();

    public Academy(int port, JdbcClient trainingDatabase, String town) {
        this.admin = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
        this.town = town;
        ReferenceEvents.towns(trainingDatabase, town);
        ReferenceEvents.organization(trainingDatabase, federation, "TOWN", town, null);
    }

    /** @param programmeCode null for none */
    public String course(String category, int requiredAttendances, String programmeCode) {
        return created(admin.post("/api/v1/courses", """
                {"title":"肉麦饼制作技艺","series":"肉麦饼技艺","category":"%s","hostOrganizationId":"%s","townCode":"%s",
                 "requiredAttendances":%d,"programmeCode":%s}"""
                .formatted(category, federation, town, requiredAttendances, programmeCode == null ? "null" : "\"" + programmeCode + "\"")));
    }

    /** A session in the town's hall, planned and opened for enrolment. */
    public String openSession(String course, String startsAt, int capacity) {
        String session = created(admin.post("/api/v1/courses/" + course + "/sessions", """
                {"startsAt":"%s","endsAt":"%s","online":false,"place":"文化礼堂","capacity":%d}"""
                .formatted(startsAt, moment(OffsetDateTime.parse(startsAt).plusHours(2)), capacity)));
        Reply opened = admin.post("/api/v1/sessions/" + session + "/opening", "").header("If-Match", "\"1\"").send();
        if (opened.status() != 200) {
            throw new IllegalStateException(opened.toString());
        }
        return session;
    }

    /** A moment as RFC 3339 writes it, seconds included (which {@code OffsetDateTime.toString} leaves out when zero). */
    public static String moment(OffsetDateTime moment) {
        return moment.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public String person(String nameZh, String phone) {
        return created(admin.post("/api/v1/people", """
                {"nameZh":"%s","phone":"%s","townCode":"%s"}""".formatted(nameZh, phone, town)));
    }

    /** She asked for a place a week before the session started and checked in at its start. */
    public String attended(String session, String startsAt, String person) {
        OffsetDateTime starts = OffsetDateTime.parse(startsAt);
        String enrolment = created(admin.post("/api/v1/sessions/" + session + "/enrolments", """
                {"personId":"%s","requestedAt":"%s"}""".formatted(person, moment(starts.minusDays(7)))));
        Reply checkedIn = admin.post("/api/v1/enrolments/" + enrolment + "/attendance", """
                {"checkedInAt":"%s"}""".formatted(moment(starts))).send();
        if (checkedIn.status() != 200) {
            throw new IllegalStateException(checkedIn.toString());
        }
        return enrolment;
    }

    public String town() {
        return town;
    }

    private static String created(HttpApi.Call call) {
        Reply reply = call.send();
        if (reply.status() != 201) {
            throw new IllegalStateException(reply.toString());
        }
        return reply.json().get("id").asString();
    }
}
