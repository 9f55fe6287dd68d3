package org.jinguo.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.testsupport.HttpApi;
import tools.jackson.databind.JsonNode;

/** Creates the records the org-service tests stand on, through the API, as CITY_ADMIN would. */
@RequiredArgsConstructor
public final class OrgFixtures {

    private final HttpApi admin;

    /** The city federation, founded once per database. */
    public String city() {
        JsonNode existing = admin.get("/api/v1/organizations?type=CITY").send().json().get("items");
        if (!existing.isEmpty()) {
            return existing.get(0).get("id").asString();
        }
        return created(admin.post("/api/v1/organizations", """
                {"type":"CITY","nameZh":"永康市妇联","nameEn":"Yongkang Women's Federation","status":"ACTIVE","effectiveOn":"1950-03-08"}""")
                .send());
    }

    /** A town federation, named uniquely, active from 2020-01-01. */
    public String town(String townCode) {
        return created(admin.post("/api/v1/organizations", """
                {"type":"TOWN","nameZh":"%s妇联%s","townCode":"%s","parentId":"%s","status":"ACTIVE","effectiveOn":"2020-01-01"}"""
                .formatted(townCode, suffix(), townCode, city())).send());
    }

    public String industry(String industry, String effectiveOn) {
        return created(admin.post("/api/v1/organizations", """
                {"type":"INDUSTRY","nameZh":"%s行业妇联%s","industry":"%s","parentId":"%s","status":"ACTIVE","effectiveOn":"%s"}"""
                .formatted(industry, suffix(), industry, city(), effectiveOn)).send());
    }

    /** A unit of the town, registered on 2021-01-01, with a valid credit code made from {@code serial}. */
    public String unit(String townCode, String domain, String industry) {
        return created(admin.post("/api/v1/units", """
                {"nameZh":"单位%s","creditCode":"%s","domain":"%s","industry":"%s","townCode":"%s",
                 "headcount":40,"womenHeadcount":25,"registeredOn":"2021-01-01"}"""
                .formatted(suffix(), creditCode(), domain, industry, townCode)).send());
    }

    public String cover(String unitId, String organizationId, String mode, String startedOn) {
        return created(admin.post("/api/v1/units/" + unitId + "/coverages", """
                {"organizationId":"%s","mode":"%s","startedOn":"%s"}""".formatted(organizationId, mode, startedOn)).send());
    }

    /** A fresh, valid unified social credit code of Yongkang (division 330784). */
    public static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        StringBuilder code = new StringBuilder("91330784");
        java.util.Random random = new java.util.Random(UUID.randomUUID().getMostSignificantBits());
        while (code.length() < 17) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        return code.append(alphabet.charAt((31 - sum % 31) % 31)).toString();
    }

    private static String created(HttpApi.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
