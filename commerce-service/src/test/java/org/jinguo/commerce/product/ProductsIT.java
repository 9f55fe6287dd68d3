package org.jinguo.commerce.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest
class ProductsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTownHasOneFlagshipProductAndBrandsAndProductsCarryTheirHonours() {
        ReferenceEvents.towns(jdbc, "GUSHAN");
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("GUSHAN"));
        HttpApi commerce = HttpApi.onLocalPort(port).as(TestTokens.role("COMMERCE_STAFF", null));
        Reply brand = commerce.post("/api/v1/brands", "{\"nameZh\":\"永康女匠\"}").send();
        Reply sameBrand = commerce.post("/api/v1/brands", "{\"nameZh\":\"永康女匠\"}").send();
        String brandId = brand.json().get("id").asString();

        Reply cake = staff.post("/api/v1/products", """
                {"nameZh":"古山肉麦饼","townCode":"GUSHAN","brandId":"%s","flagship":true}""".formatted(brandId)).send();
        Reply second = staff.post("/api/v1/products", """
                {"nameZh":"古山米糕","townCode":"GUSHAN","flagship":true}""").send();
        Reply plain = staff.post("/api/v1/products", """
                {"nameZh":"古山米糕","townCode":"GUSHAN"}""").send();
        Reply noTown = commerce.post("/api/v1/products", "{\"nameZh\":\"通用产品\",\"flagship\":true}").send();
        String cityWide = commerce.post("/api/v1/products", "{\"nameZh\":\"永康五金\"}").send().json().get("id").asString();
        Reply cityWideFlagship = commerce.put("/api/v1/products/" + cityWide, """
                {"nameZh":"永康五金","townCode":"GUSHAN","flagship":true}""").header("If-Match", "\"1\"").send();
        Reply promoted = staff.put("/api/v1/products/" + plain.json().get("id").asString(), """
                {"nameZh":"古山米糕","townCode":"GUSHAN","flagship":true}""").header("If-Match", "\"1\"").send();

        assertThat(brand.status()).isEqualTo(201);
        assertThat(sameBrand.status()).isEqualTo(409);
        assertThat(cake.status()).as(cake.body()).isEqualTo(201);
        assertThat(second.json().get("code").asString()).isEqualTo("TOWN_HAS_FLAGSHIP");
        assertThat(plain.status()).isEqualTo(201);
        assertThat(noTown.status()).isEqualTo(400);
        assertThat(cityWideFlagship.status()).as("its town does not change, and a flagship needs one").isEqualTo(400);
        assertThat(promoted.status()).isEqualTo(409);
        assertThat(staff.get("/api/v1/products?flagship=true&townCode=GUSHAN").send().json().get("items").findValuesAsString("nameZh"))
                .containsExactly("古山肉麦饼");

        Reply award = commerce.post("/api/v1/recognitions", """
                {"brandId":"%s","kind":"HONOUR","title":"浙江省农博会金奖","level":"PROVINCIAL","awardedOn":"2023-11-20"}"""
                .formatted(brandId)).send();
        Reply pilot = staff.post("/api/v1/recognitions", """
                {"productId":"%s","kind":"DESIGNATION","title":"省级共富工坊试点产品","level":"PROVINCIAL","awardedOn":"2024-03-08"}"""
                .formatted(cake.json().get("id").asString())).send();
        Reply both = commerce.post("/api/v1/recognitions", """
                {"brandId":"%s","productId":"%s","kind":"HONOUR","title":"x","level":"CITY","awardedOn":"2024-01-01"}"""
                .formatted(brandId, cake.json().get("id").asString())).send();

        assertThat(award.status()).isEqualTo(201);
        assertThat(pilot.status()).as(pilot.body()).isEqualTo(201);
        assertThat(both.status()).isEqualTo(400);
        assertThat(commerce.get("/api/v1/recognitions?brandId=" + brandId).send().json().findValuesAsString("title"))
                .containsExactly("浙江省农博会金奖");
    }
}
