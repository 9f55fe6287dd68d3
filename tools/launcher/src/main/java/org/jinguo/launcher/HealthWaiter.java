package org.jinguo.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Waits until every started JVM answers {@code /actuator/health} with status UP, and fails with
 * the log to read as soon as one of them dies, or when the time is up.
 */
@RequiredArgsConstructor
final class HealthWaiter {

    /** What is waited for: a process that serves a health endpoint and writes a log. */
    interface Target {

        String name();

        URI healthUri();

        boolean isAlive();

        int exitValue();

        Path log();
    }

    private static final Logger log = LoggerFactory.getLogger(HealthWaiter.class);
    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Duration pollInterval;

    void awaitHealthy(List<? extends Target> targets, Duration timeout) {
        List<Target> pending = new ArrayList<>(targets);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Target target : List.copyOf(pending)) {
                if (!target.isAlive()) {
                    throw new LaunchException(target.name() + " stopped (exit code " + target.exitValue()
                            + ") before it was healthy. Its log: " + target.log());
                }
                if (isUp(target)) {
                    log.info("{} is healthy", target.name());
                    pending.remove(target);
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new LaunchException("Not healthy within " + timeout.toSeconds() + " s: " + pending.stream()
                        .map(target -> target.name() + " (log: " + target.log() + ")")
                        .collect(Collectors.joining(", ")));
            }
            sleep();
        }
    }

    private boolean isUp(Target target) {
        HttpRequest request = HttpRequest.newBuilder(target.healthUri()).timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && "UP".equals(JSON.readTree(response.body()).path("status").asString());
        } catch (IOException | JacksonException notReadyYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for the services", e);
        }
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted while waiting for the services", e);
        }
    }
}
