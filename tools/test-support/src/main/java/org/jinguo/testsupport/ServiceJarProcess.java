package org.jinguo.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jinguo.localinfra.FreePorts;

/**
 * Another service, run for real from its executable jar on its own PostgreSQL database and the
 * test JVM's Kafka broker; started once per test JVM for every test that needs it. The build
 * names the jar in the system property {@code jinguo.<service>.jar} (see the gateway's pom).
 */
public final class ServiceJarProcess {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Map<String, ServiceJarProcess> RUNNING = new HashMap<>();

    private final String service;
    private final JavaProcess process;
    private final int port;

    private ServiceJarProcess(String service, JavaProcess process, int port) {
        this.service = service;
        this.process = process;
        this.port = port;
    }

    /** @param service the module name, e.g. {@code org-service} */
    public static synchronized ServiceJarProcess of(String service) {
        return RUNNING.computeIfAbsent(service, ServiceJarProcess::start);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static ServiceJarProcess start(String service) {
        Path jar = jar(service);
        TestPostgres.Database database = TestPostgres.get().newDatabase();
        int port = FreePorts.find();
        JavaProcess process = JavaProcess.startJar(jar, "384m", List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
                "--jinguo.security.issuer=" + TestIssuer.get().url(),
                "--jinguo.master-key=" + TestMasterKey.get()));
        Runtime.getRuntime().addShutdownHook(new Thread(process::close));
        ServiceJarProcess started = new ServiceJarProcess(service, process, port);
        started.awaitReady();
        return started;
    }

    private static Path jar(String service) {
        String property = "jinguo." + service + ".jar";
        String configured = System.getProperty(property);
        if (configured == null) {
            throw new IllegalStateException("System property " + property + " is not set; run these tests through Maven");
        }
        Path jar = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("These tests run the real " + service + ", but " + jar
                    + " does not exist. Build it first: ./mvnw -pl " + service + " -am package -DskipTests");
        }
        return jar;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited during startup:\n" + logTail());
            }
            if (isUp(http, readiness)) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        process.close();
        throw new IllegalStateException(service + " was not ready within " + STARTUP_TIMEOUT + ":\n" + logTail());
    }

    private static boolean isUp(HttpClient http, HttpRequest readiness) {
        try {
            HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service", e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(process.log());
            return "(" + process.log().toAbsolutePath() + ")\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(log " + process.log().toAbsolutePath() + " unreadable: " + e + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service", e);
        }
    }
}
