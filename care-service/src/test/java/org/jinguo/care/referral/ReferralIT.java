package org.jinguo.care.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.care.CareDesk;
import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Cases referred to partner agencies through the REST API, only while the guardian's consent to share holds. */
@ServiceIntegrationTest
class ReferralIT {

    private static final String NEEDS = "{\"dailyCare\":\"LOW\",\"education\":\"HIGH\",\"social\":\"MEDIUM\"}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSharedCaseIsReferredOncePerAgencyWhichSeesItsOwnAndAcceptsOrDeclines() {
        CareDesk desk = new CareDesk(port, jdbc, "BAIHE");
        String child = desk.waitingChild("白小鹤", 2014, NEEDS, true);
        HttpApi agency = desk.as(TestTokens.partnerClient("agency-baihe", "care.read", "care.write"));
        HttpApi otherAgency = desk.as(TestTokens.partnerClient("agency-other", "care.read", "care.write"));

        Reply referred = desk.admin().post("/api/v1/children/" + child + "/referrals", refer("agency-baihe", "COUNSELLING")).send();

        assertThat(referred.status()).isEqualTo(201);
        assertThat(referred.header("ETag")).isEqualTo("\"1\"");
        String referral = referred.json().get("id").asString();
        assertThat(referred.json().get("status").asString()).isEqualTo("SENT");
        assertThat(referred.json().get("referredOn").asString()).isEqualTo(BusinessDates.today().toString());
        assertThat(referred.json().get("referredBy").asString()).isEqualTo("city_admin-tester");
        assertThat(referred.json().get("townCode").asString()).isEqualTo("BAIHE");
        assertThat(referred.body()).as("a referral carries no personal data").doesNotContain("白小鹤", "13905790001");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/children/" + child + "/referrals", refer("agency-baihe", "LEGAL_AID")).send(), 409))
                .as("one open referral per agency and case").isEqualTo("ALREADY_REFERRED");
        String toOther = CareDesk.created(desk.admin().post("/api/v1/children/" + child + "/referrals", refer("agency-other", "MEDICAL_CARE")).send());

        assertThat(desk.admin().get("/api/v1/referrals?childId=" + child).send().json().get("totalItems").asLong()).isEqualTo(2);
        assertThat(desk.as(TestTokens.townStaff("BAIHE")).get("/api/v1/referrals?status=SENT").send().json().get("items").findValuesAsString("id"))
                .contains(referral, toOther);
        assertThat(agency.get("/api/v1/referrals").send().json().get("items").findValuesAsString("id")).contains(referral).doesNotContain(toOther);
        assertThat(agency.get("/api/v1/children/" + child).send().json().get("personal").get("name").asString()).isEqualTo("白*鹤");

        Reply accepted = agency.post("/api/v1/referrals/" + referral + "/acceptance", "").header("If-Match", "\"1\"").send();
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.header("ETag")).isEqualTo("\"2\"");
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("answeredOn").asString()).isEqualTo(BusinessDates.today().toString());
        assertThat(CareDesk.problem(agency.post("/api/v1/referrals/" + referral + "/declining", "").header("If-Match", "\"2\"").send(), 409))
                .as("answered once").isEqualTo("REFERRAL_STATUS");
        assertThat(otherAgency.post("/api/v1/referrals/" + toOther + "/declining", "").header("If-Match", "\"1\"").send().json().get("status")
                .asString()).isEqualTo("DECLINED");
        assertThat(desk.admin().post("/api/v1/children/" + child + "/referrals", refer("agency-other", "EDUCATION_SUPPORT")).send().status())
                .as("referred anew once declined").isEqualTo(201);
    }

    @Test
    void onlyStaffReferOnlyTheAgencyAnswersAndAnotherTownsCaseOrAnotherAgencysReferralIsNotFound() {
        CareDesk desk = new CareDesk(port, jdbc, "JIANTIAO");
        new CareDesk(port, jdbc, "HUANGJIAO");
        String child = desk.waitingChild("健小田", 2013, NEEDS, true);
        String unshared = desk.waitingChild("健小禾", 2013, NEEDS, false);
        String referral = CareDesk.created(desk.as(TestTokens.townStaff("JIANTIAO")).post("/api/v1/children/" + child + "/referrals",
                refer("agency-jiantiao", "COUNSELLING")).send());
        HttpApi theirs = desk.as(TestTokens.townStaff("HUANGJIAO"));
        long referrals = desk.rows("referral");

        assertThat(desk.as(null).get("/api/v1/referrals").send().status()).isEqualTo(401);
        assertThat(desk.as(null).post("/api/v1/children/" + child + "/referrals", refer("agency-jiantiao", "OTHER")).send().status()).isEqualTo(401);
        assertThat(desk.as(null).post("/api/v1/referrals/" + referral + "/acceptance", "").header("If-Match", "\"1\"").send().status())
                .isEqualTo(401);
        assertThat(desk.as(TestTokens.partnerClient("agency-jiantiao", "care.read")).post("/api/v1/referrals/" + referral + "/acceptance", "")
                .header("If-Match", "\"1\"").send().status()).as("answering needs care.write").isEqualTo(403);
        assertThat(desk.admin().post("/api/v1/referrals/" + referral + "/acceptance", "").header("If-Match", "\"1\"").send().status())
                .as("the agency answers, not staff").isEqualTo(403);
        assertThat(desk.as(TestTokens.partnerClient("agency-jiantiao", "care.read", "care.write")).post("/api/v1/children/" + child + "/referrals",
                refer("agency-jiantiao", "OTHER")).send().status()).as("agencies do not refer").isEqualTo(403);
        for (String token : new String[] {TestTokens.user("mother-jiantiao", "CARING_MOTHER", null), TestTokens.user("helper-jiantiao", "HELPER", null),
                TestTokens.role("ACADEMY_STAFF", null), TestTokens.partnerClient("market-platform", "commerce.read")}) {
            assertThat(desk.as(token).get("/api/v1/referrals").send().status()).isEqualTo(403);
            assertThat(desk.as(token).post("/api/v1/children/" + child + "/referrals", refer("agency-jiantiao", "OTHER")).send().status())
                    .isEqualTo(403);
        }
        assertThat(CareDesk.problem(desk.as(TestTokens.partnerClient("agency-nosy", "care.read", "care.write"))
                .post("/api/v1/referrals/" + referral + "/acceptance", "").header("If-Match", "\"1\"").send(), 404)).isEqualTo("REFERRAL_NOT_FOUND");
        assertThat(desk.as(TestTokens.partnerClient("agency-nosy", "care.read")).get("/api/v1/referrals").send().json().get("items")
                .findValuesAsString("id")).doesNotContain(referral);

        assertThat(CareDesk.problem(theirs.post("/api/v1/children/" + child + "/referrals", refer("agency-jiantiao", "OTHER")).send(), 404))
                .isEqualTo("CHILD_NOT_FOUND");
        assertThat(CareDesk.problem(theirs.get("/api/v1/referrals?townCode=JIANTIAO").send(), 403)).isEqualTo("OTHER_TOWN");
        assertThat(theirs.get("/api/v1/referrals?childId=" + child).send().json().get("totalItems").asLong()).isZero();
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/children/" + unshared + "/referrals", refer("agency-jiantiao", "OTHER")).send(), 409))
                .isEqualTo("NO_SHARING_CONSENT");

        assertThat(desk.rows("referral")).isEqualTo(referrals);
        assertThat(desk.admin().get("/api/v1/referrals?childId=" + child).send().json().get("items").get(0).get("status").asString()).isEqualTo("SENT");
    }

    @Test
    void aBadReferralOrAnswerIsRefusedAndChangesNothing() {
        CareDesk desk = new CareDesk(port, jdbc, "HUANGJIAO");
        String child = desk.waitingChild("黄小椒", 2015, NEEDS, true);
        String referral = CareDesk.created(desk.admin().post("/api/v1/children/" + child + "/referrals", refer("agency-huangjiao", "COUNSELLING"))
                .send());
        HttpApi agency = desk.as(TestTokens.partnerClient("agency-huangjiao", "care.read", "care.write"));
        long referrals = desk.rows("referral");

        assertThat(CareDesk.problem(desk.admin().post("/api/v1/children/" + child + "/referrals", refer("agency huangjiao", "COUNSELLING")).send(), 400))
                .startsWith("partnerClientId ");
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/children/" + child + "/referrals", refer("agency-two", "FOOD")).send(), 400))
                .isNotBlank();
        assertThat(CareDesk.problem(desk.admin().post("/api/v1/children/" + child + "/referrals", "{\"partnerClientId\":\"agency-two\"}").send(), 400))
                .startsWith("kind ");
        assertThat(CareDesk.problem(agency.post("/api/v1/referrals/" + referral + "/acceptance", "").send(), 428)).isEqualTo("PRECONDITION_REQUIRED");
        assertThat(CareDesk.problem(agency.post("/api/v1/referrals/" + referral + "/acceptance", "").header("If-Match", "\"5\"").send(), 412))
                .isEqualTo("PRECONDITION_FAILED");

        assertThat(desk.rows("referral")).isEqualTo(referrals);
        JsonNode unchanged = agency.get("/api/v1/referrals").send().json().get("items");
        assertThat(unchanged.size()).isEqualTo(1);
        assertThat(unchanged.get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(unchanged.get(0).get("version").asLong()).isEqualTo(1);
    }

    private static String refer(String agency, String kind) {
        return "{\"partnerClientId\":\"%s\",\"kind\":\"%s\"}".formatted(agency, kind);
    }
}
