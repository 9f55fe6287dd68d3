package org.jinguo.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jinguo.localinfra.FreePorts;
import org.jinguo.testsupport.JavaProcess;
import org.jinguo.testsupport.TestKafka;
import org.jinguo.testsupport.TestPostgres;

/**
 * The real org-service, run from its executable jar on its own PostgreSQL database and the test
 * JVM's Kafka broker; started once for every test of this JVM that needs it.
 */
final class OrgServiceProcess {

    /** Set by the build (failsafe) to the jar that the org-service module packaged. */
    private static final String JAR_PROPERTY = "jinguo.org-service.jar";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private static OrgServiceProcess running;

    private final JavaProcess process;
    private final int port;

    private OrgServiceProcess(JavaProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static synchronized OrgServiceProcess get() {
        if (running == null) {
            running = start();
        }
        return running;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static OrgServiceProcess start() {
        Path jar = jar();
        TestPostgres.Database database = TestPostgres.get().newDatabase();
        int port = FreePorts.find();
        JavaProcess process = JavaProcess.startJar(jar, "384m", List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + TestKafka.bootstrapServers()));
        Runtime.getRuntime().addShutdownHook(new Thread(process::close));
        OrgServiceProcess started = new OrgServiceProcess(process, port);
        started.awaitReady();
        return started;
    }

    private static Path jar() {
        String configured = System.getProperty(JAR_PROPERTY);
        if (configured == null) {
            throw new IllegalStateException("System property " + JAR_PROPERTY + " is not set; run these tests through Maven");
        }
        Path jar = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The gateway's tests run the real org-service, but " + jar
                    + " does not exist. Build it first: ./mvnw -pl org-service -am package -DskipTests");
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
                throw new IllegalStateException("org-service exited during startup:\n" + logTail());
            }
            if (isUp(http, readiness)) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        process.close();
        throw new IllegalStateException("org-service was not ready within " + STARTUP_TIMEOUT + ":\n" + logTail());
    }

    private static boolean isUp(HttpClient http, HttpRequest readiness) {
        try {
            HttpResponse<String> response = http.send(readiness, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for org-service", e);
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
            throw new IllegalStateException("Interrupted while waiting for org-service", e);
        }
    }
}
