package org.jinguo.training;

import java.util.UUID;

import org.jinguo.testsupport.BadInputCheck;
import org.jinguo.testsupport.BadInputContract;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.ReferenceEvents;
import org.jinguo.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class TrainingBadInputIT extends BadInputContract {

    @Override
    protected BadInputCheck prepare(BadInputCheck check, HttpApi admin) {
        ReferenceEvents.towns(jdbc, "XIXI");
        UUID host = UUID.randomUUID();
        ReferenceEvents.organization(jdbc, host, "TOWN", "XIXI", null);
        String person = admin.post("/api/v1/people", """
                {"nameZh":"陈桂芳","phone":"13857900041","townCode":"XIXI"}""").send().json().get("id").asString();
        String course = admin.post("/api/v1/courses", """
                {"title":"西溪电商课","category":"SKILLS","hostOrganizationId":"%s","townCode":"XIXI"}""".formatted(host))
                .send().json().get("id").asString();

        String session = admin.post("/api/v1/courses/" + course + "/sessions", """
                {"startsAt":"2099-03-01T09:00:00+08:00","endsAt":"2099-03-01T11:00:00+08:00","online":true,"capacity":100}""")
                .send().json().get("id").asString();

        return check
                .pathVariable("id", person)
                .pathVariable("courseId", course)
                .pathVariable("sessionId", session)
                .control("POST", "/api/v1/people", """
                        {"nameZh":"陈桂香","phone":"13857900042","townCode":"XIXI"}""")
                .control("POST", "/api/v1/courses", """
                        {"title":"西溪直播课","category":"ENTREPRENEURSHIP","hostOrganizationId":"%s","townCode":"XIXI"}""".formatted(host))
                .control("POST", "/api/v1/courses/" + course + "/sessions", """
                        {"startsAt":"2024-03-01T09:00:00+08:00","endsAt":"2024-03-01T11:00:00+08:00","online":true,"capacity":100}""")
                .control("POST", "/api/v1/mentors", """
                        {"nameZh":"西溪导师","townCode":"XIXI","joinedOn":"2023-01-01"}""")
                .control("POST", "/api/v1/entrepreneurs", """
                        {"nameZh":"西溪会员","enterprise":"西溪农产品公司","townCode":"XIXI","memberSince":"2023-01-01"}""")
                .control("POST", "/api/v1/competitions", """
                        {"name":"西溪厨艺赛","heldOn":"2023-05-01","place":"西溪礼堂","townCode":"XIXI",
                         "criteria":[{"code":"TASTE","name":"口味","weight":100}],"judges":[{"subject":"judge-xixi","name":"评委"}]}""");
    }
}
