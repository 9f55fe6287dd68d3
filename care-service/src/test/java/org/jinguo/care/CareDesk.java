package org.jinguo.care;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.service.time.BusinessDates;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.TestTokens;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds care's records through the REST API, as city staff, in one town. */
public final class CareDesk {

    private final HttpApi admin;
    private final String town;

    public CareDesk(int port, JdbcClient careDatabase, String town, String... neighbours) {
        this.admin = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin());
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
        String mother = created(admin.post("/api/v1/caring-mothers", """
                {"accountSubject":%s,"personal":{"name":"%s","phone":"13857%06d"},
                 "profile":{"skills":%s,"townCode":"%s","capacity":%d,"safeguardingCheckedOn":"%s"},"registeredOn":"2023-05-01"}"""
                .formatted(accountSubject == null ? "null" : "\"" + accountSubject + "\"", name, Math.abs(name.hashCode()) % 1_000_000, skills,
                        town, capacity, BusinessDates.today().minusMonths(1))).send());
        require(admin.post("/api/v1/caring-mothers/" + mother + "/status-changes", """
                {"status":"CERTIFIED","effectiveOn":"2023-06-01"}""").header("If-Match", "\"1\"").send(), 200);
        require(admin.post("/api/v1/caring-mothers/" + mother + "/status-changes", """
                {"status":"ACTIVE","effectiveOn":"2023-06-02"}""").header("If-Match", "\"2\"").send(), 200);
        return mother;
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

    public static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
