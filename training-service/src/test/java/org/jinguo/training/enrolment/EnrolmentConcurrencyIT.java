package org.jinguo.training.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.training.Academy;
import org.jinguo.training.TrainingServiceApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the service, on one database, take 50 enrolments at once into 20 places:
 * the session's row lock must hand out exactly 20 places, whichever instance a request reaches.
 */
@ServiceIntegrationTest
class EnrolmentConcurrencyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment environment;
    ConfigurableApplicationContext secondInstance;

    @AfterEach
    void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void fiftyWomenAtOnceOverTwoInstancesGetTwentyPlacesAndThirtyWaitInOrder() throws Exception {
        Academy academy = new Academy(port, jdbc, "ZHIYING");
        String session = academy.openSession(academy.course("SKILLS", 1, null), "2099-09-01T09:00:00+08:00", 20);
        List<String> women = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            women.add(academy.person("周" + i, "1396710%04d".formatted(i)));
        }
        secondInstance = startSecondInstance();
        int secondPort = secondInstance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        List<HttpApi> instances = List.of(HttpApi.onLocalPort(port), HttpApi.onLocalPort(secondPort));
        assertThat(instances.get(1).as(TestTokens.role("ACADEMY_STAFF", null)).get("/api/v1/sessions/" + session).send().status())
                .as("the second instance is up and has the issuer's keys").isEqualTo(200);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            for (int i = 0; i < women.size(); i++) {
                HttpApi instance = instances.get(i % 2).as(TestTokens.role("ACADEMY_STAFF", null));
                String body = "{\"personId\":\"%s\"}".formatted(women.get(i));
                replies.add(callers.submit(() -> {
                    start.await();
                    return instance.post("/api/v1/sessions/" + session + "/enrolments", body).send();
                }));
            }
            start.countDown();
        } finally {
            callers.shutdown();
        }
        List<Reply> answered = new ArrayList<>();
        for (Future<Reply> reply : replies) {
            answered.add(reply.get());
        }
        // Once all are answered, every fifth woman tries a second time, alternating instances: none may hold two enrolments.
        List<Reply> repeats = new ArrayList<>();
        for (int i = 0; i < women.size(); i += 5) {
            repeats.add(instances.get((i + 1) % 2).as(TestTokens.role("ACADEMY_STAFF", null))
                    .post("/api/v1/sessions/" + session + "/enrolments", "{\"personId\":\"%s\"}".formatted(women.get(i))).send());
        }

        assertThat(answered).allSatisfy(reply -> assertThat(reply.status()).as(reply.body()).isEqualTo(201));
        assertThat(answered).filteredOn(reply -> reply.json().get("status").asString().equals("ENROLLED")).hasSize(20);
        assertThat(answered).filteredOn(reply -> reply.json().get("status").asString().equals("WAITING")).hasSize(30);
        assertThat(repeats).allSatisfy(reply -> assertThat(reply.status()).isEqualTo(409));

        Map<String, Object> counts = jdbc.sql("""
                select count(*) filter (where status = 'ENROLLED') as enrolled, count(*) filter (where status = 'WAITING') as waiting,
                       count(distinct person_id) as people, count(*) as rows
                from enrolment where session_id = ?""").param(UUID.fromString(session)).query().singleRow();
        assertThat(counts).containsEntry("enrolled", 20L).containsEntry("waiting", 30L).containsEntry("people", 50L)
                .containsEntry("rows", 50L);
        List<Integer> positions = jdbc.sql("""
                select row_number() over (order by requested_at, id)::int from enrolment where session_id = ? and status = 'WAITING'""")
                .param(UUID.fromString(session)).query(Integer.class).list();
        assertThat(positions).hasSize(30);
        assertThat(jdbc.sql("""
                select count(*) from enrolment w join enrolment e on e.session_id = w.session_id
                where w.session_id = ? and w.status = 'WAITING' and e.status = 'ENROLLED' and e.requested_at > w.requested_at""")
                .param(UUID.fromString(session)).query(Long.class).single())
                .as("nobody who asked later holds a place while an earlier one waits").isZero();
    }

    /** The same application, on its own port and connection pool, pointed at this test's database, broker, issuer and key. */
    private ConfigurableApplicationContext startSecondInstance() {
        return new SpringApplicationBuilder(TrainingServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--spring.kafka.bootstrap-servers=" + environment.getRequiredProperty("spring.kafka.bootstrap-servers"),
                "--jinguo.security.issuer=" + environment.getRequiredProperty("jinguo.security.issuer"),
                "--jinguo.master-key=" + environment.getRequiredProperty("jinguo.master-key"));
    }
}
