package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthWaiterTest {

    private static final Duration POLL = Duration.ofMillis(20);

    private final AtomicInteger checks = new AtomicInteger();
    private volatile int checksUntilUp;
    private HttpServer server;

    @BeforeEach
    void startHealthEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health", exchange -> {
            boolean up = checks.incrementAndGet() > checksUntilUp;
            byte[] body = (up
                    ? "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}"
                    : "{\"components\":{\"ping\":{\"status\":\"UP\"}},\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopHealthEndpoint() {
        server.stop(0);
    }

    @Test
    void returnsOnceTheServiceReportsUp() {
        checksUntilUp = 3;

        assertThatCode(() -> waiter().awaitHealthy(List.of(running("org-service")), Duration.ofSeconds(10)))
                .doesNotThrowAnyException();
    }

    @Test
    void aServiceThatDiesFailsAtOnceNamingItsLog() {
        checksUntilUp = Integer.MAX_VALUE;
        FakeProcess dead = new FakeProcess("care-service", healthUri(), false, Path.of("/tmp/care-service.log"));

        assertThatThrownBy(() -> waiter().awaitHealthy(List.of(running("org-service"), dead), Duration.ofSeconds(10)))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("care-service stopped (exit code 1)")
                .hasMessageContaining("/tmp/care-service.log");
    }

    @Test
    void aServiceNeverUpFailsWhenTheTimeIsUpNamingItsLog() {
        checksUntilUp = Integer.MAX_VALUE;

        assertThatThrownBy(() -> waiter().awaitHealthy(List.of(running("org-service")), Duration.ofMillis(300)))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("Not healthy within")
                .hasMessageContaining("org-service (log: /tmp/org-service.log)");
    }

    @Test
    void aPortNobodyListensOnIsNotHealthy() {
        FakeProcess silent = new FakeProcess("gateway", URI.create("http://127.0.0.1:1/actuator/health"), true, Path.of("/tmp/gateway.log"));

        assertThatThrownBy(() -> waiter().awaitHealthy(List.of(silent), Duration.ofMillis(300)))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("gateway");
    }

    private HealthWaiter waiter() {
        return new HealthWaiter(POLL);
    }

    private FakeProcess running(String name) {
        return new FakeProcess(name, healthUri(), true, Path.of("/tmp/" + name + ".log"));
    }

    private URI healthUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health");
    }

    private record FakeProcess(String name, URI healthUri, boolean isAlive, Path log) implements HealthWaiter.Target {

        @Override
        public int exitValue() {
            return 1;
        }
    }
}
