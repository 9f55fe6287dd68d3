package org.jinguo.care;

import org.jinguo.testsupport.BadInputCheck;
import org.jinguo.testsupport.BadInputContract;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.web.time.BusinessDates;

@ServiceIntegrationTest
class CareBadInputIT extends BadInputContract {

    @Override
    protected BadInputCheck prepare(BadInputCheck check, HttpApi admin) {
        CareDesk desk = new CareDesk(port, jdbc, "YUHUAN");
        String child = desk.waitingChild("玉小环", 2015, "{\"dailyCare\":\"LOW\",\"education\":\"LOW\",\"social\":\"LOW\"}", false);

        return check
                .pathVariable("id", child)
                .pathVariable("childId", child)
                .control("POST", "/api/v1/children", """
                        {"category":"IN_DIFFICULTY","birthYear":2014,"guardianRelation":"RELATIVE","townCode":"YUHUAN","personal":{"name":"玉小青"}}""")
                .control("POST", "/api/v1/caring-mothers", """
                        {"personal":{"name":"玉妈妈"},"profile":{"skills":["DAILY_CARE"],"townCode":"YUHUAN"}}""")
                .control("POST", "/api/v1/helpers", """
                        {"kind":"CARING_MERCHANT","name":"玉老板","townCode":"YUHUAN"}""")
                .control("POST", "/api/v1/households", """
                        {"townCode":"YUHUAN","newResident":false,"inHardship":true,"headName":"玉户主"}""")
                .control("POST", "/api/v1/donations", """
                        {"kind":"MONEY","donorName":"玉环商会","donorKind":"ORGANIZATION","description":"助学金","valueFen":100000,
                         "receivedOn":"%s","townCode":"YUHUAN"}""".formatted(BusinessDates.today()))
                .control("POST", "/api/v1/insurance-programmes", """
                        {"year":2031,"name":"2031年度女性安康保险","premiumFen":12000,"incomeLimitFen":200000,"minAge":18,"maxAge":60}""")
                .control("POST", "/api/v1/mediation-cases", """
                        {"kind":"SUPPORT","parties":[{"name":"玉甲","role":"PARENT"}],"townCode":"YUHUAN"}""")
                .control("POST", "/api/v1/matching-runs", "{\"townCode\":\"YUHUAN\"}");
    }
}
