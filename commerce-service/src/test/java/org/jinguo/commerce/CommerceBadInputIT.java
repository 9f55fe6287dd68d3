package org.jinguo.commerce;

import org.jinguo.testsupport.BadInputCheck;
import org.jinguo.testsupport.BadInputContract;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class CommerceBadInputIT extends BadInputContract {

    @Override
    protected BadInputCheck prepare(BadInputCheck check, HttpApi admin) {
        ReferenceEvents.towns(jdbc, "TANGXIAN");
        String workshop = admin.post("/api/v1/workshops", """
                {"nameZh":"唐先工坊","kind":"WORKSHOP","townCode":"TANGXIAN","openedOn":"2023-01-01"}""").send().json().get("id").asString();
        String market = admin.post("/api/v1/market-events", """
                {"kind":"MARKET","name":"唐先市集","heldOn":"2024-05-01","place":"广场","townCode":"TANGXIAN"}""").send().json().get("id")
                .asString();
        String stall = admin.post("/api/v1/market-events/" + market + "/stalls", "{\"vendorName\":\"摊主\"}").send().json().get("id")
                .asString();

        return check
                .pathVariable("id", workshop)
                .pathVariable("workshopId", workshop)
                .pathVariable("stallId", stall)
                .control("POST", "/api/v1/workshops", """
                        {"nameZh":"唐先二号工坊","kind":"PROCESSING_POINT","townCode":"TANGXIAN","openedOn":"2023-02-01"}""")
                .control("POST", "/api/v1/market-events", """
                        {"kind":"EXPO","name":"农博会","heldOn":"2024-11-01","place":"会展中心"}""")
                .control("POST", "/api/v1/workers", """
                        {"nameZh":"唐阿姨","phone":"13957700001","townCode":"TANGXIAN"}""")
                .control("POST", "/api/v1/brands", """
                        {"nameZh":"唐先好味"}""")
                .control("POST", "/api/v1/products", """
                        {"nameZh":"唐先米糕","townCode":"TANGXIAN"}""")
                .control("POST", "/api/v1/livestream-accounts", """
                        {"platform":"TAOBAO","accountName":"唐先好物","ownerWorkshopId":"%s"}""".formatted(workshop));
    }
}
