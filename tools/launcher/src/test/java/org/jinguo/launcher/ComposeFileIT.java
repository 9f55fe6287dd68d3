package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml checked without a Docker engine: every image is built by the one root
 * Dockerfile (multi-stage, JRE 25, non-root, health check, memory flags) for its module and port,
 * every container has a health check and starts after what it needs is healthy, secrets come from the uncommitted .env,
 * and every environment variable a service is given is one it really reads: a property in its
 * jar's configuration metadata, or a placeholder its configuration or code resolves.
 */
class ComposeFileIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("jinguo.repository"));
    private static final String VERSION = System.getProperty("jinguo.version");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)");
    /** Only the front door and the login are published on the host. */
    private static final Set<String> PUBLISHED = Set.of("gateway", "identity-service");
    private static final Map<String, Integer> PORTS = Map.of("identity-service", 9000, "org-service", 8081, "training-service", 8082,
            "commerce-service", 8083, "care-service", 8084, "gateway", 8080);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(REPOSITORY.resolve("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    @Test
    void everyImageIsBuiltByOneDockerfileMultiStageOnAJreAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(REPOSITORY.resolve("Dockerfile"));

        assertThat(Pattern.compile("(?m)^FROM ").matcher(dockerfile).results().count()).as("multi-stage").isGreaterThanOrEqualTo(2);
        assertThat(dockerfile).contains("FROM eclipse-temurin:25-jre", "-pl ${MODULE} -am package", "MaxRAMPercentage", "EXPOSE ${PORT}",
                "ENV SERVICE_PORT=${PORT}", "HEALTHCHECK", "http://127.0.0.1:${SERVICE_PORT}/actuator/health/readiness");
        assertThat(Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile).results().map(match -> match.group(1)).toList())
                .singleElement().isNotIn("root", "0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity-service", "org-service", "training-service", "commerce-service", "care-service", "gateway"})
    @SuppressWarnings("unchecked")
    void eachServiceIsBuiltAsItsModuleOnItsPortAndStartsHealthyAfterWhatItNeeds(String name) throws IOException {
        Map<String, Object> service = service(name);
        Map<String, Object> build = (Map<String, Object>) service.get("build");

        assertThat(build).containsEntry("context", ".").containsEntry("dockerfile", "Dockerfile");
        assertThat((Map<String, Object>) build.get("args"))
                .containsEntry("MODULE", name).containsEntry("PORT", String.valueOf(PORTS.get(name)));
        if (name.equals("gateway")) {
            // The collector and the event loops the gateway is tuned with, now that its main sets neither.
            assertThat((Map<String, Object>) build.get("args"))
                    .containsEntry("EXTRA_JAVA_OPTIONS", "-XX:+UseParallelGC -Dreactor.netty.ioWorkerCount=2");
        }
        if (PUBLISHED.contains(name)) {
            assertThat((List<String>) service.get("ports")).containsExactly(PORTS.get(name) + ":" + PORTS.get(name));
        } else {
            assertThat(service).as("reached through the gateway only").doesNotContainKey("ports");
            assertThat((List<String>) service.get("expose")).containsExactly(String.valueOf(PORTS.get(name)));
        }
        assertThat(((Map<String, Object>) service.get("healthcheck")).get("test").toString())
                .contains("http://127.0.0.1:" + PORTS.get(name) + "/actuator/health/readiness");
        Map<String, Object> dependencies = (Map<String, Object>) service.get("depends_on");
        assertThat(dependencies).isNotEmpty();
        dependencies.forEach((dependency, condition) -> assertThat((Map<String, Object>) condition).as(name + " after " + dependency)
                .containsEntry("condition", name.equals("gateway") && PORTS.containsKey(dependency) && !dependency.equals("identity-service")
                        ? "service_started" : "service_healthy"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void infrastructureIsPostgres17WithADatabasePerServiceKafkaInKraftModeAndRedisEachWithAHealthCheck() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");

        assertThat(((Map<String, Object>) services.get("postgres")).get("image")).isEqualTo("postgres:17");
        assertThat(((Map<String, Object>) services.get("kafka")).get("image").toString()).startsWith("apache/kafka:");
        assertThat(((Map<String, Object>) ((Map<String, Object>) services.get("kafka")).get("environment")))
                .containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        for (String name : List.of("postgres", "kafka", "redis")) {
            assertThat((Map<String, Object>) services.get(name)).containsKey("healthcheck");
        }
        assertThat(((Map<String, Object>) services.get("redis")).get("command").toString())
                .as("no anonymous access to Redis; the gateway's user is kept to its keys").contains("default, off", "~request_rate_limiter.*", "-@admin");
        assertThat(((Map<String, Object>) ((Map<String, Object>) services.get("gateway")).get("environment")))
                .containsEntry("SPRING_DATA_REDIS_USERNAME", "gateway").containsKey("SPRING_DATA_REDIS_PASSWORD");
        String databases = Files.readString(REPOSITORY.resolve("deploy/compose/postgres-init.sql"));
        for (String service : PORTS.keySet()) {
            if (!service.equals("gateway")) {
                assertThat(databases).contains("create database jinguo_" + service.replace("-service", ""));
                assertThat(((Map<String, Object>) ((Map<String, Object>) services.get(service)).get("environment")).get("SPRING_DATASOURCE_URL"))
                        .isEqualTo("jdbc:postgresql://postgres:5432/jinguo_" + service.replace("-service", ""));
            }
        }
        assertThat(compose()).containsKey("volumes");
    }

    @Test
    void secretsComeFromAnUncommittedEnvFileOfWhichAnExampleIsCommitted() throws IOException {
        String file = Files.readString(REPOSITORY.resolve("docker-compose.yml"));
        String example = Files.readString(REPOSITORY.resolve(".env.example"));

        List<String> secrets = new ArrayList<>(List.of("JINGUO_OPERATIONS_CLIENT_SECRET", "POSTGRES_PASSWORD", "GATEWAY_REDIS_PASSWORD"));
        PORTS.keySet().stream().filter(service -> !service.equals("gateway")).forEach(service -> secrets.add(Secrets.masterKeyOf(service)));
        for (String secret : secrets) {
            assertThat(file).contains("${" + secret + ":?");
            assertThat(example).containsPattern("(?m)^" + secret + "=$");
        }
        assertThat(Files.readAllLines(REPOSITORY.resolve(".gitignore"))).contains(".env");
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity-service", "org-service", "training-service", "commerce-service", "care-service"})
    @SuppressWarnings("unchecked")
    void eachServiceHasAMasterKeyNoOtherServiceIsGiven(String name) throws IOException {
        Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");

        assertThat(environment.get("JINGUO_MASTER_KEY").toString()).startsWith("${" + Secrets.masterKeyOf(name) + ":?");
        assertThat(environment.get("JINGUO_RETIRED_MASTER_KEYS").toString()).isEqualTo("${" + Secrets.retiredMasterKeysOf(name) + ":-}");
        assertThat(Files.readString(REPOSITORY.resolve("docker-compose.yml"))).doesNotContain("${JINGUO_MASTER_KEY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"identity-service", "org-service", "training-service", "commerce-service", "care-service", "gateway"})
    @SuppressWarnings("unchecked")
    void everyEnvironmentVariableAServiceIsGivenIsOneItReads(String name) throws IOException {
        Set<String> read = settingsRead(REPOSITORY.resolve(name).resolve("target").resolve(name + "-" + VERSION + ".jar"));
        Map<String, Object> environment = (Map<String, Object>) service(name).get("environment");

        assertThat(environment.keySet()).allSatisfy(variable -> assertThat(read).as(name + " reads " + variable).contains(variable));
        assertThat(environment).containsKey("JINGUO_ISSUER");
        if (!name.equals("gateway")) {
            assertThat(environment).containsKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
        }
    }

    /** The settings a service's jar reads, each as the environment variable that sets it (Spring's relaxed binding). */
    private static Set<String> settingsRead(Path jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile bootJar = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(bootJar.entries())) {
                try (InputStream in = bootJar.getInputStream(entry)) {
                    if (entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar")) {
                        readLibrary(in, entry.getName().contains("/platform-"), names);
                    } else if (entry.getName().startsWith("BOOT-INF/classes/") && readsSettings(entry.getName())) {
                        placeholders(in.readAllBytes(), names);
                    }
                }
            }
        }
        return names;
    }

    private static void readLibrary(InputStream jar, boolean ours, Set<String> names) throws IOException {
        ZipInputStream library = new ZipInputStream(jar);
        for (ZipEntry entry = library.getNextEntry(); entry != null; entry = library.getNextEntry()) {
            if (entry.getName().equals("META-INF/spring-configuration-metadata.json")
                    || entry.getName().equals("META-INF/additional-spring-configuration-metadata.json")) {
                JsonNode metadata = JsonMapper.builder().build().readTree(library.readAllBytes());
                for (JsonNode property : metadata.path("properties")) {
                    names.add(asVariable(property.get("name").asString()));
                }
            } else if (ours && readsSettings(entry.getName())) {
                placeholders(library.readAllBytes(), names);
            }
        }
    }

    private static boolean readsSettings(String entry) {
        return entry.endsWith(".yml") || entry.endsWith(".properties") || entry.endsWith(".class");
    }

    /** ${NAME...} in a configuration file or a class's constants: a variable or property resolved there. */
    private static void placeholders(byte[] content, Set<String> names) {
        Matcher matcher = PLACEHOLDER.matcher(new String(content, StandardCharsets.ISO_8859_1));
        while (matcher.find()) {
            names.add(asVariable(matcher.group(1)));
        }
    }

    /** jinguo.master-key → JINGUO_MASTER_KEY; a variable's own name stays as it is. */
    private static String asVariable(String name) {
        return name.replaceAll("\\[\\d*]", "").replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
