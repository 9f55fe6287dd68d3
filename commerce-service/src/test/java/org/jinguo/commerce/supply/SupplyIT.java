package org.jinguo.commerce.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.jinguo.web.time.BusinessDates;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class SupplyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBuyersDemandIsProposedAcrossWorkshopsPreferredTownFirstAndTrackedToFulfilment() {
        ReferenceEvents.towns(jdbc, "FANGYAN", "XIANGZHU");
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.role("COMMERCE_STAFF", null));
        HttpApi buyer = HttpApi.onLocalPort(port).as(TestTokens.partnerClient("supermarket-chain", "commerce.write"));
        HttpApi otherBuyer = HttpApi.onLocalPort(port).as(TestTokens.partnerClient("hotel-group", "commerce.write"));
        String product = id(staff.post("/api/v1/products", "{\"nameZh\":\"方岩肉麦饼\",\"townCode\":\"FANGYAN\"}").send());
        String fangyan = workshop(staff, "FANGYAN");
        String xiangzhu = workshop(staff, "XIANGZHU");
        LocalDate today = BusinessDates.today();
        // 100 a day at Fangyan, 300 a day at Xiangzhu, for the 30 days from today
        capacity(staff, fangyan, product, today, 3_000);
        capacity(staff, xiangzhu, product, today, 9_000);

        Reply posted = buyer.post("/api/v1/demands", """
                {"productId":"%s","quantity":2500,"deadline":"%s","preferredTownCode":"FANGYAN"}"""
                .formatted(product, today.plusDays(9))).send();
        String demand = id(posted);
        JsonNode proposal = staff.get("/api/v1/demands/" + demand + "/proposal").send().json();

        assertThat(posted.json().get("buyer").asString()).isEqualTo("supermarket-chain");
        // by the 10th day Fangyan makes 1,000 and Xiangzhu 3,000: Fangyan first, the rest from Xiangzhu
        assertThat(proposal.get("lines").findValuesAsString("workshopId")).containsExactly(fangyan, xiangzhu);
        assertThat(proposal.get("lines").findValues("units")).extracting(JsonNode::asInt).containsExactly(1_000, 1_500);
        assertThat(proposal.get("shortfall").asInt()).isZero();
        assertThat(otherBuyer.get("/api/v1/demands/" + demand).send().status()).isEqualTo(404);
        assertThat(buyer.get("/api/v1/demands/" + demand + "/proposal").send().status()).as("proposals are for staff").isEqualTo(403);

        String fangyanCapacity = proposal.get("lines").get(0).get("capacityId").asString();
        Reply tooMuch = staff.post("/api/v1/demands/" + demand + "/allocations", """
                {"capacityId":"%s","units":1001}""".formatted(fangyanCapacity)).send();
        Reply chosen = staff.post("/api/v1/demands/" + demand + "/allocations", """
                {"capacityId":"%s","units":1000}""".formatted(fangyanCapacity)).send();
        JsonNode after = staff.get("/api/v1/demands/" + demand + "/proposal").send().json();

        assertThat(tooMuch.json().get("code").asString()).isEqualTo("CAPACITY_SHORT");
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(201);
        assertThat(after.get("lines").findValuesAsString("workshopId")).containsExactly(xiangzhu);
        assertThat(after.get("proposedUnits").asInt()).isEqualTo(1_500);

        String allocation = id(chosen);
        Reply delivered = staff.post("/api/v1/allocations/" + allocation + "/fulfilment", """
                {"fulfilledOn":"%s"}""".formatted(today.plusDays(5))).header("If-Match", "\"1\"").send();
        Reply cancelLate = staff.post("/api/v1/allocations/" + allocation + "/cancellation", "").header("If-Match", "\"2\"").send();

        assertThat(delivered.json().get("status").asString()).isEqualTo("FULFILLED");
        assertThat(cancelLate.status()).isEqualTo(409);
        assertThat(buyer.get("/api/v1/demands/" + demand + "/allocations").send().json().findValuesAsString("status"))
                .containsExactly("FULFILLED");
        HttpApi xiangzhuStaff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("XIANGZHU"));
        assertThat(xiangzhuStaff.get("/api/v1/capacities?productId=" + product).send().json().get("items").findValuesAsString("workshopId"))
                .containsExactly(xiangzhu);
        assertThat(xiangzhuStaff.get("/api/v1/demands/" + demand + "/allocations").send().json().size())
                .as("the Fangyan allocation is not Xiangzhu's to see").isZero();
    }

    private static String workshop(HttpApi staff, String town) {
        return id(staff.post("/api/v1/workshops", """
                {"nameZh":"工坊","kind":"WORKSHOP","townCode":"%s","openedOn":"2022-01-01"}""".formatted(town)).send());
    }

    private static void capacity(HttpApi staff, String workshop, String product, LocalDate start, int units) {
        Reply declared = staff.post("/api/v1/workshops/" + workshop + "/capacities", """
                {"productId":"%s","periodStart":"%s","periodEnd":"%s","units":%d}""".formatted(product, start, start.plusDays(29), units))
                .send();
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
    }

    private static String id(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }
}
