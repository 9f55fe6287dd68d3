package org.jinguo.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.TestTokens;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Builds care's records through the REST API, as city staff, in one town. */
public final class CareDesk {

    private final HttpApi api;
    private final HttpApi admin;
    private final JdbcClient database;
    private final String town;

    public CareDesk(int port, JdbcClient careDatabase, String town, String... neighbours) {
        this.api = HttpApi.onLocalPort(port);
        this.admin = api.as(TestTokens.cityAdmin());
        this.database = careDatabase;
        this.town = town;
        ReferenceEvents.towns(careDatabase, town);
        if (neighbours.length > 0) {
            ReferenceEvents.towns(careDatabase, neighbours);
            ReferenceEvents.townWithNeighbours(careDatabase, town, neighbours);
        }
    }

    public String town() {
        return town;
    }

    public HttpApi admin() {
        return admin;
    }

    /** The API called with this token (from {@link TestTokens}), or without any when null. */
    public HttpApi as(String token) {
        return token == null ? api : api.as(token);
    }

    /** How many rows the table holds, to show that a refused request stored nothing. */
    public long rows(String table) {
        return database.sql("select count(*) from \"" + table + "\"").query(Long.class).single();
    }

    /** A valid resident ID number (GB 11643 check character) of a woman born on the day. */
    public static String idNumber(LocalDate born, int sequence) {
        return idNumber(born, sequence, true);
    }

    /** @param woman the sequence's last digit is even for a woman, odd for a man */
    public static String idNumber(LocalDate born, int sequence, boolean woman) {
        String body = "331082" + born.toString().replace("-", "") + "%03d".formatted((sequence * 2 + (woman ? 0 : 1)) % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A case registered, assessed with the needs, and with consent to services (and, if asked, to sharing) from its registration. */
    public String waitingChild(String name, int birthYear, String needs, boolean sharing) {
        return waitingChild(name, birthYear, needs, sharing, LocalDate.of(2024, 1, 10));
    }

    public String waitingChild(String name, int birthYear, String needs, boolean sharing, LocalDate registeredOn) {
        String child = child(name, birthYear, registeredOn.toString(), null);
        Reply assessed = admin.post("/api/v1/children/" + child + "/assessment",
                needs.replace("}", ",\"assessedOn\":\"" + registeredOn.plusDays(10) + "\"}")).header("If-Match", "\"1\"").send();
        require(assessed, 200);
        require(admin.post("/api/v1/children/" + child + "/consents", "{\"consent\":\"SERVICE\",\"givenOn\":\"" + registeredOn + "\"}")
                .header("If-Match", "\"2\"").send(), 200);
        if (sharing) {
            require(admin.post("/api/v1/children/" + child + "/consents", "{\"consent\":\"SHARING\",\"givenOn\":\"" + registeredOn + "\"}")
                    .header("If-Match", "\"3\"").send(), 200);
        }
        return child;
    }

    /** @param idNumber null for none */
    public String child(String name, int birthYear, String registeredOn, String idNumber) {
        return created(admin.post("/api/v1/children", """
                {"category":"LEFT_BEHIND","birthYear":%d,"guardianRelation":"GRANDPARENT","school":"古山镇中心小学","townCode":"%s",
                 "registeredOn":"%s","personal":{"name":"%s","idNumber":%s,"address":"古山镇前溪村12号","phone":"13905790001",
                 "guardianName":"胡奶奶","guardianPhone":"13905790002","healthNotes":"哮喘，需随身带药"}}"""
                .formatted(birthYear, town, registeredOn, name, idNumber == null ? "null" : "\"" + idNumber + "\"")).send());
    }

    /** An ACTIVE caring mother with the skills, capacity and login, safeguarding checked last month. */
    public String activeMother(String name, String skills, int capacity, String accountSubject) {
        return mother("{\"name\":\"%s\",\"phone\":\"13857%06d\"}".formatted(name, Math.abs(name.hashCode()) % 1_000_000), skills, capacity,
                accountSubject, "ACTIVE");
    }

    /**
     * A caring mother registered on 1 May 2023 with the personal data (JSON), skills, capacity and login, safeguarding checked
     * last month, and taken by hand through the statuses up to {@code status}: APPLICANT, CERTIFIED (1 June 2023), ACTIVE
     * (2 June 2023) or PAUSED (15 January 2024).
     */
    public String mother(String personal, String skills, int capacity, String accountSubject, String status) {
        String mother = created(admin.post("/api/v1/caring-mothers", """
                {"accountSubject":%s,"personal":%s,
                 "profile":{"skills":%s,"townCode":"%s","capacity":%d,"safeguardingCheckedOn":"%s"},"registeredOn":"2023-05-01"}"""
                .formatted(accountSubject == null ? "null" : "\"" + accountSubject + "\"", personal, skills, town, capacity,
                        BusinessDates.today().minusMonths(1))).send());
        List<String> steps = List.of("APPLICANT", "CERTIFIED", "ACTIVE", "PAUSED");
        List<String> days = List.of("2023-05-01", "2023-06-01", "2023-06-02", "2024-01-15");
        if (!steps.contains(status)) {
            throw new IllegalArgumentException(status);
        }
        for (int step = 1; step <= steps.indexOf(status); step++) {
            require(admin.post("/api/v1/caring-mothers/" + mother + "/status-changes", """
                    {"status":"%s","effectiveOn":"%s"}""".formatted(steps.get(step), days.get(step))).header("If-Match", "\"" + step + "\"").send(), 200);
        }
        return mother;
    }

    /** A household of the town, registered today. */
    public String household(String headName, boolean inHardship) {
        return created(admin.post("/api/v1/households", """
                {"townCode":"%s","newResident":false,"inHardship":%s,"headName":"%s","address":"城关镇1号","phone":"13905790088"}"""
                .formatted(town, inHardship, headName)).send());
    }

    /** A student volunteer of the town with the login, registered today. */
    public String helper(String name, String accountSubject) {
        return created(admin.post("/api/v1/helpers", """
                {"kind":"STUDENT_VOLUNTEER","name":"%s","phone":"13967960456","accountSubject":%s,"townCode":"%s"}"""
                .formatted(name, accountSubject == null ? "null" : "\"" + accountSubject + "\"", town)).send());
    }

    /** The mother's proposal for the child, confirmed as started on the day. */
    public String confirmedMatch(String child, String mother, LocalDate startedOn) {
        for (JsonNode proposal : admin.post("/api/v1/children/" + child + "/match-proposals", "").send().json()) {
            if (proposal.get("motherId").asString().equals(mother)) {
                String match = proposal.get("id").asString();
                require(admin.post("/api/v1/matches/" + match + "/confirmation", "{\"startedOn\":\"%s\"}".formatted(startedOn))
                        .header("If-Match", "\"1\"").send(), 200);
                return match;
            }
        }
        throw new IllegalStateException("no proposal of " + mother + " for " + child);
    }

    public String etag(String path) {
        return admin.get(path).send().header("ETag");
    }

    public static String created(Reply reply) {
        require(reply, 201);
        return reply.json().get("id").asString();
    }

    public static void require(Reply reply, int status) {
        if (reply.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + reply);
        }
    }

    /**
     * Asserts that the reply is a refusal with the status, as {@code application/problem+json},
     * and gives its code: for a field that broke a rule, "field CODE" of the first.
     */
    public static String problem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = reply.json().path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            return errors.get(0).path("field").asString() + " " + errors.get(0).path("code").asString();
        }
        return reply.json().path("code").asString();
    }

    public static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
