package org.jinguo.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.jinguo.localinfra.InProcessKafka;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the whole platform on one machine with nothing but a JDK: PostgreSQL, a Kafka broker in
 * this JVM, then every service and the gateway, each in a JVM of its own. Ctrl-C stops the
 * services (gracefully, then forcibly), then Kafka, then PostgreSQL.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class Launcher {

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private final LaunchSettings settings;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private PostgresServer postgres;
    private InProcessKafka kafka;
    private volatile boolean stopping;

    public static void main(String[] args) throws InterruptedException {
        Launcher launcher = new Launcher(LaunchSettings.fromSystem());
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "jinguo-stop"));
        try {
            launcher.start();
        } catch (LaunchException e) {
            log.error(e.getMessage(), e.getCause());
            System.exit(1);
        } catch (RuntimeException e) {
            log.error("The platform did not start", e);
            System.exit(1);
        }
        // Runs until Ctrl-C; the shutdown hook then stops everything.
        Thread.currentThread().join();
    }

    void start() {
        long started = System.nanoTime();
        Map<ServiceSpec, Path> jars = new LinkedHashMap<>();
        settings.allJvms().forEach(service -> jars.put(service, settings.jarOf(service)));
        requireFreePorts();
        Secrets secrets = Secrets.ofPlatform(settings);
        startPostgres();
        startKafka();

        ServiceEnvironments environments = new ServiceEnvironments(settings, secrets, kafka.bootstrapServers());
        for (ServiceSpec service : settings.services()) {
            launch(service, jars.get(service), environments.ofService(service, postgres.database(service.database())));
        }
        launch(settings.gateway(), jars.get(settings.gateway()), environments.ofGateway());

        new HealthWaiter(Duration.ofMillis(500)).awaitHealthy(processes, settings.startupTimeout());
        processes.forEach(this::warnIfItStopsOnItsOwn);
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        List<String> created = settings.developmentUsers()
                ? DevelopmentAccess.announcement(new DevelopmentAccess(settings.service("identity-service").url(), secrets).ensure(), secrets)
                : List.of();
        System.out.println(Summary.of(settings, postgres.location(), startup, created));
    }

    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        log.info("Stopping the platform");
        List<ServiceProcess> gatewayFirst = new ArrayList<>(processes);
        Collections.reverse(gatewayFirst);
        gatewayFirst.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : gatewayFirst) {
            process.awaitStop(GRACEFUL_STOP);
            log.info("{} stopped", process.name());
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
        log.info("Platform stopped");
    }

    // Each step that starts something holds the lock, so that Ctrl-C during startup either
    // finds it registered and stops it, or keeps it from starting at all.

    private synchronized void startPostgres() {
        requireNotStopping();
        postgres = PostgresServer.startOrConnect(settings);
    }

    private synchronized void startKafka() {
        requireNotStopping();
        log.info("Starting Kafka on port {}, data in {}", settings.kafkaPort(), settings.kafkaData());
        kafka = InProcessKafka.create(settings.kafkaData(), settings.kafkaPort()).start();
    }

    private synchronized void launch(ServiceSpec service, Path jar, Map<String, String> environment) {
        requireNotStopping();
        log.info("Starting {} on port {} (heap {})", service.name(), service.port(), service.heap());
        processes.add(ServiceProcess.start(service, jar, environment, settings.logOf(service)));
    }

    private void requireNotStopping() {
        if (stopping) {
            throw new LaunchException("Stopped during startup");
        }
    }

    private void warnIfItStopsOnItsOwn(ServiceProcess process) {
        process.exited().thenAccept(ended -> {
            if (!stopping) {
                log.warn("{} stopped on its own (exit code {}). Its log: {}", process.name(), ended.exitValue(), process.log());
            }
        });
    }

    /** Fails before anything starts, rather than let a platform still running answer the health checks. */
    private void requireFreePorts() {
        Map<Integer, String> wanted = new LinkedHashMap<>();
        settings.allJvms().forEach(service -> wanted.put(service.port(), service.name() + " (" + service.portVariable() + ")"));
        wanted.put(settings.kafkaPort(), "Kafka (KAFKA_PORT)");
        if (settings.externalPostgresUrl() == null) {
            wanted.put(settings.embeddedPostgresPort(), "PostgreSQL (JINGUO_POSTGRES_PORT)");
        }
        wanted.forEach((port, user) -> {
            if (!isFree(port)) {
                throw new LaunchException("Port " + port + " for " + user + " is in use. Is the platform already running?"
                        + " Stop it, or choose another port with the variable named.");
            }
        });
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
