package org.jinguo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jinguo.testsupport.JavaProcess;

/** The services' executable jars a benchmark runs for real, and waiting until one is ready. */
public final class ServiceJars {

    private ServiceJars() {
    }

    /**
     * @param service the module name, e.g. {@code org-service}
     * @return {@code -Djinguo.<service>.jar} if given, else the jar in {@code <service>/target} of the repository root
     */
    public static Path path(String service) throws IOException {
        String configured = System.getProperty("jinguo." + service + ".jar");
        if (configured != null) {
            return Path.of(configured);
        }
        Path target = Path.of(service, "target");
        try (Stream<Path> jars = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return jars.filter(jar -> jar.getFileName().toString().matches(service + "-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No " + service + " jar in " + target.toAbsolutePath()
                            + "; build it (./mvnw -DskipTests package) or name it with -Djinguo." + service + ".jar"));
        }
    }

    public static void awaitReady(JavaProcess process, String baseUrl, String service) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " stopped during startup; its log: " + process.log());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " was not ready within 120 s; its log: " + process.log());
    }
}
