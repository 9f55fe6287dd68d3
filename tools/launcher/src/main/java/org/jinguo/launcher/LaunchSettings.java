package org.jinguo.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where the platform keeps its data, where the jars are, and which ports and heaps each JVM gets:
 * all from environment variables, with the defaults of the architecture (gateway 8080, org 8081,
 * training 8082, commerce 8083, care 8084, identity 9000, Kafka 9092).
 */
final class LaunchSettings {

    private final Map<String, String> env;
    private final Path home;
    private final Path repository;
    private final String version;
    private final List<ServiceSpec> services;
    private final ServiceSpec gateway;

    private LaunchSettings(Map<String, String> env, Path workingDirectory, String version) {
        this.env = env;
        this.home = workingDirectory.resolve(env.getOrDefault("JINGUO_HOME", ".jinguo")).toAbsolutePath().normalize();
        this.repository = workingDirectory.resolve(env.getOrDefault("JINGUO_REPO", ".")).toAbsolutePath().normalize();
        this.version = version;
        // Heaps fit six JVMs on a developer's machine; org-service, which already keeps data and
        // talks to Kafka, gets the most.
        this.services = List.of(
                spec("identity-service", "IDENTITY_SERVICE_PORT", 9000, "256m", "jinguo_identity"),
                spec("org-service", "ORG_SERVICE_PORT", 8081, "384m", "jinguo_org"),
                spec("training-service", "TRAINING_SERVICE_PORT", 8082, "256m", "jinguo_training"),
                spec("commerce-service", "COMMERCE_SERVICE_PORT", 8083, "256m", "jinguo_commerce"),
                spec("care-service", "CARE_SERVICE_PORT", 8084, "256m", "jinguo_care"));
        this.gateway = spec("gateway", "GATEWAY_PORT", 8080, "256m", null);
    }

    /**
     * @param workingDirectory what relative paths ({@code JINGUO_HOME}, {@code JINGUO_REPO}) are resolved against
     * @param version          the platform version, which names the jars
     */
    static LaunchSettings from(Map<String, String> env, Path workingDirectory, String version) {
        return new LaunchSettings(env, workingDirectory, version);
    }

    /** From this process's environment and working directory, for the version this launcher was built as. */
    static LaunchSettings fromSystem() {
        InputStream resource = LaunchSettings.class.getResourceAsStream("/launcher.properties");
        if (resource == null) {
            throw new IllegalStateException("launcher.properties is missing from the launcher's classpath");
        }
        Properties build = new Properties();
        try (resource) {
            build.load(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return from(System.getenv(), Path.of(""), build.getProperty("platform.version"));
    }

    Path home() {
        return home;
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path secretsFile() {
        return home.resolve("secrets.properties");
    }

    Path kafkaData() {
        return home.resolve("kafka");
    }

    Path postgresData() {
        return home.resolve("postgres");
    }

    int kafkaPort() {
        return number("KAFKA_PORT", 9092);
    }

    int embeddedPostgresPort() {
        return number("JINGUO_POSTGRES_PORT", 15432);
    }

    /** A server to use instead of the embedded one: JDBC URL of its maintenance database, user, password. */
    String externalPostgresUrl() {
        return env.get("JINGUO_POSTGRES_URL");
    }

    String externalPostgresUser() {
        return env.getOrDefault("JINGUO_POSTGRES_USER", "postgres");
    }

    String externalPostgresPassword() {
        return env.getOrDefault("JINGUO_POSTGRES_PASSWORD", "");
    }

    Duration startupTimeout() {
        return Duration.ofSeconds(number("JINGUO_STARTUP_TIMEOUT_SECONDS", 240));
    }

    /** Whether to create the development users and partner client (JINGUO_DEVELOPMENT_USERS, default true). */
    boolean developmentUsers() {
        return !"false".equalsIgnoreCase(env.getOrDefault("JINGUO_DEVELOPMENT_USERS", "true").trim());
    }

    /** The services, in the order they start; the gateway comes after them. */
    List<ServiceSpec> services() {
        return services;
    }

    ServiceSpec gateway() {
        return gateway;
    }

    ServiceSpec service(String name) {
        return services.stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    List<ServiceSpec> allJvms() {
        return Stream.concat(services.stream(), Stream.of(gateway)).toList();
    }

    Path logOf(ServiceSpec service) {
        return logs().resolve(service.name() + ".log");
    }

    Path jarOf(ServiceSpec service) {
        Path jar = repository.resolve(service.name()).resolve("target").resolve(service.name() + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new LaunchException("Missing " + jar + ". Build the platform first, from " + repository
                    + ": ./mvnw -DskipTests package (or set JINGUO_REPO to the folder that holds it).");
        }
        return jar;
    }

    private ServiceSpec spec(String name, String portVariable, int defaultPort, String heap, String database) {
        return new ServiceSpec(name, number(portVariable, defaultPort), portVariable, heap, database);
    }

    private int number(String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new LaunchException(variable + " must be a whole number, not '" + value + "'");
        }
    }
}
