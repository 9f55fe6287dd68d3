package org.jinguo.training.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class PeopleIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** The towns come as org-service publishes them; this service validates against its copy. */
    @BeforeEach
    void townsAreKnown() {
        ReferenceEvents.towns(jdbc, "GUSHAN", "QIANCANG");
    }

    @Test
    void registersAWomanOnceKeepingHerPhoneAndIdNumberEncryptedAndMaskedInLists() {
        HttpApi academy = HttpApi.onLocalPort(port).as(TestTokens.role("ACADEMY_STAFF", null));
        Reply registered = academy.post("/api/v1/people", """
                {"nameZh":"胡秀英","phone":"13857900001","idNumber":"330784198503080021","townCode":"GUSHAN"}""").send();
        Reply samePhone = academy.post("/api/v1/people", """
                {"nameZh":"胡秀英","phone":"13857900001","townCode":"GUSHAN"}""").send();
        Reply sameIdNumber = academy.post("/api/v1/people", """
                {"nameZh":"胡秀英","phone":"13857900002","idNumber":"330784198503080021","townCode":"QIANCANG"}""").send();

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().get("phone").asString()).isEqualTo("13857900001");
        assertThat(registered.json().get("birthYear").asInt()).as("from the ID number").isEqualTo(1985);
        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(samePhone.json().get("code").asString()).isEqualTo("PERSON_ALREADY_REGISTERED");
        assertThat(sameIdNumber.status()).isEqualTo(409);

        String id = registered.json().get("id").asString();
        String stored = jdbc.sql("select encode(phone_encrypted, 'escape') || id_number_masked || phone_masked from person where id = ?")
                .param(UUID.fromString(id)).query(String.class).single();
        assertThat(stored).doesNotContain("13857900001", "330784198503080021").contains("138****0001", "330784********0021");
        JsonNode listed = academy.get("/api/v1/people?name=胡秀英").send().json().get("items").get(0);
        assertThat(listed.get("phone").asString()).isEqualTo("138****0001");
        assertThat(listed.get("idNumber").asString()).isEqualTo("330784********0021");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.partner("training.read")).get("/api/v1/people/" + id).send()
                .json().get("phone").asString()).isEqualTo("138****0001");
    }

    @Test
    void aResidentRegistersAndSeesHerOwnRecordOnly() {
        HttpApi resident = HttpApi.onLocalPort(port).as(TestTokens.role("RESIDENT", null));
        HttpApi academy = HttpApi.onLocalPort(port).as(TestTokens.role("ACADEMY_STAFF", null));
        String other = academy.post("/api/v1/people", """
                {"nameZh":"应美丽","phone":"13857900011","townCode":"QIANCANG"}""").send().json().get("id").asString();

        Reply herself = resident.post("/api/v1/people", """
                {"nameZh":"吕小红","phone":"13857900012","townCode":"GUSHAN","birthYear":1990}""").send();
        Reply second = resident.post("/api/v1/people", """
                {"nameZh":"吕小红","phone":"13857900013","townCode":"GUSHAN"}""").send();

        assertThat(herself.status()).as(herself.body()).isEqualTo(201);
        assertThat(herself.json().get("linkedToAccount").asBoolean()).isTrue();
        assertThat(second.json().get("code").asString()).isEqualTo("ACCOUNT_HAS_PERSON");
        assertThat(resident.get("/api/v1/people/" + other).send().status()).isEqualTo(404);
        assertThat(resident.get("/api/v1/people?size=200").send().json().get("items").findValuesAsString("nameZh"))
                .containsExactly("吕小红");
        Reply changed = resident.put("/api/v1/people/" + herself.json().get("id").asString(), """
                {"nameZh":"吕小红","phone":"13857900014","townCode":"GUSHAN","birthYear":1990}""").header("If-Match", "\"1\"").send();
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("phone").asString()).isEqualTo("13857900014");

        Reply own = resident.get("/api/v1/people/me").send();
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("id").asString()).isEqualTo(herself.json().get("id").asString());
        assertThat(own.json().get("phone").asString()).as("her own, in full").isEqualTo("13857900014");
        assertThat(HttpApi.onLocalPort(port).as(TestTokens.user("resident-without-record", "RESIDENT", null)).get("/api/v1/people/me")
                .send().json().get("code").asString()).isEqualTo("NO_PERSON_RECORD");
        assertThat(academy.get("/api/v1/people/me").send().status()).as("staff have no own record here").isEqualTo(403);
    }

    @Test
    void townStaffWorkInTheirOwnTownAndOtherRolesMayNotTouchPeople() {
        HttpApi gushan = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN"));
        String qiancangWoman = HttpApi.onLocalPort(port).as(TestTokens.cityAdmin()).post("/api/v1/people", """
                {"nameZh":"徐玉兰","phone":"13857900021","townCode":"QIANCANG"}""").send().json().get("id").asString();

        assertThat(gushan.post("/api/v1/people", """
                {"nameZh":"周丽","phone":"13857900022","townCode":"QIANCANG"}""").send().status()).isEqualTo(403);
        assertThat(gushan.post("/api/v1/people", """
                {"nameZh":"周丽","phone":"13857900022","townCode":"GUSHAN"}""").send().status()).isEqualTo(201);
        assertThat(gushan.get("/api/v1/people/" + qiancangWoman).send().status()).isEqualTo(404);
        assertThat(gushan.get("/api/v1/people?size=200").send().json().get("items").findValuesAsString("townCode"))
                .containsOnly("GUSHAN");
        for (String role : new String[] {"COMMERCE_STAFF", "CARE_STAFF", "JUDGE", "CARING_MOTHER", "HELPER"}) {
            assertThat(HttpApi.onLocalPort(port).as(TestTokens.role(role, null)).get("/api/v1/people").send().status())
                    .as(role).isEqualTo(403);
        }
        assertThat(HttpApi.onLocalPort(port).get("/api/v1/people").send().status()).isEqualTo(401);
    }

    @Test
    void badPhonesIdNumbersAndTownsAreNamed() {
        HttpApi academy = HttpApi.onLocalPort(port).as(TestTokens.role("ACADEMY_STAFF", null));

        assertThat(field(academy.post("/api/v1/people", """
                {"nameZh":"错","phone":"12345","townCode":"GUSHAN"}""").send())).isEqualTo("phone");
        assertThat(field(academy.post("/api/v1/people", """
                {"nameZh":"错","phone":"13857900031","idNumber":"330784198503080022","townCode":"GUSHAN"}""").send()))
                .isEqualTo("idNumber");
        assertThat(field(academy.post("/api/v1/people", """
                {"nameZh":"错","phone":"13857900031","idNumber":"330784198503080021","birthYear":1986,"townCode":"GUSHAN"}""")
                .send())).isEqualTo("birthYear");
        assertThat(field(academy.post("/api/v1/people", """
                {"nameZh":"错","phone":"13857900031","townCode":"ATLANTIS"}""").send())).isEqualTo("townCode");
    }

    private static String field(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        return reply.json().get("errors").get(0).get("field").asString();
    }
}
