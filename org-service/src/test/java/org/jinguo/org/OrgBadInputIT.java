package org.jinguo.org;

import org.jinguo.testsupport.BadInputCheck;
import org.jinguo.testsupport.BadInputContract;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class OrgBadInputIT extends BadInputContract {

    @Override
    protected BadInputCheck prepare(BadInputCheck check, HttpApi admin) {
        OrgFixtures fixtures = new OrgFixtures(admin);
        String villageId = admin.post("/api/v1/regions/towns/XIANGZHU/villages", """
                {"kind":"VILLAGE","nameZh":"象珠村"}""").send().json().get("id").asString();
        String town = fixtures.town("XIANGZHU");
        String unit = fixtures.unit("XIANGZHU", "NEW_ECONOMIC_ORGANIZATION", "OTHER");
        String coverage = fixtures.cover(unit, town, "REGIONAL_JOINT", "2022-01-01");
        String cadre = admin.post("/api/v1/organizations/" + town + "/cadres", """
                {"nameZh":"王丽","post":"CHAIR","termStartedOn":"2021-01-01"}""").send().json().get("id").asString();

        return check
                .pathVariable("code", "XIANGZHU")
                .pathVariable("id", villageId)
                .pathVariable("organizationId", town)
                .pathVariable("unitId", unit)
                .control("PUT", "/api/v1/regions/towns/XIANGZHU", """
                        {"nameZh":"象珠镇","nameEn":"Xiangzhu Town","neighborTownCodes":["HUAJIE"]}""")
                .control("POST", "/api/v1/regions/towns/XIANGZHU/villages", """
                        {"kind":"COMMUNITY","nameZh":"象珠社区"}""")
                .control("PUT", "/api/v1/regions/villages/" + villageId, """
                        {"kind":"VILLAGE","nameZh":"象珠村","nameEn":"Xiangzhu Village"}""")
                .control("POST", "/api/v1/organizations", """
                        {"type":"UNIT","nameZh":"象珠单位妇联","parentId":"%s","status":"ACTIVE","effectiveOn":"2022-01-01"}"""
                        .formatted(town))
                .control("POST", "/api/v1/units", """
                        {"nameZh":"象珠单位","creditCode":"%s","domain":"NEW_ECONOMIC_ORGANIZATION","industry":"OTHER",
                         "townCode":"XIANGZHU","headcount":1,"womenHeadcount":1}""".formatted(OrgFixtures.creditCode()))
                .control("POST", "/api/v1/coverage/" + coverage + "/end", """
                        {"endedOn":"2023-12-31"}""")
                .control("PUT", "/api/v1/cadres/" + cadre, """
                        {"nameZh":"王丽","post":"VICE_CHAIR"}""");
    }
}
