package org.jinguo.org.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jinguo.org.OrgServiceApplication;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotency-Key across instances: requests with one key spread over two instances of the
 * service sharing one database have one effect, and the kept response outlives a restart.
 */
@ServiceIntegrationTest
class IdempotencyAcrossInstancesIT {

    private static final String ADMIN = TestTokens.cityAdmin();
    private static final String BODY = """
            {"kind":"VILLAGE","nameZh":"并发村"}""";

    @LocalServerPort
    int port;
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentRequestsWithOneKeyOnTwoInstancesHaveOneEffectAndTheAnswerSurvivesARestart() throws Exception {
        List<Reply> replies = new ArrayList<>();
        try (ConfigurableApplicationContext second = startAnotherInstance()) {
            List<HttpApi> instances = List.of(HttpApi.onLocalPort(port).as(ADMIN), HttpApi.onLocalPort(localPort(second)).as(ADMIN));
            ExecutorService clients = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                HttpApi instance = instances.get(i % 2);
                futures.add(clients.submit(() -> {
                    start.await();
                    return instance.post("/api/v1/regions/towns/TANGXIAN/villages", BODY).header("Idempotency-Key", "spread-key").send();
                }));
            }
            start.countDown();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            clients.shutdown();
        }

        assertThat(replies).allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(201));
        assertThat(replies).extracting(Reply::body).containsOnly(replies.get(0).body());
        assertThat(villagesNamed("并发村")).isEqualTo(1);

        try (ConfigurableApplicationContext restarted = startAnotherInstance()) {
            Reply afterRestart = HttpApi.onLocalPort(localPort(restarted)).as(ADMIN)
                    .post("/api/v1/regions/towns/TANGXIAN/villages", BODY).header("Idempotency-Key", "spread-key").send();

            assertThat(afterRestart.status()).isEqualTo(201);
            assertThat(afterRestart.body()).isEqualTo(replies.get(0).body());
            assertThat(afterRestart.header("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(villagesNamed("并发村")).isEqualTo(1);
    }

    private ConfigurableApplicationContext startAnotherInstance() {
        return new SpringApplicationBuilder(OrgServiceApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                "--jinguo.security.issuer=" + environment.getProperty("jinguo.security.issuer"),
                "--jinguo.master-key=" + environment.getRequiredProperty("jinguo.master-key"));
    }

    private static int localPort(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private long villagesNamed(String name) {
        return jdbc.sql("select count(*) from village where name_zh = ?").param(name).query(Long.class).single();
    }
}
