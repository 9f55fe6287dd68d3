package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jinguo.localinfra.FreePorts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's first command for a test class: the launcher starts PostgreSQL, Kafka,
 * identity-service, every service and the gateway on free ports, in a home of the test's own.
 */
final class RunningPlatform implements AutoCloseable {

    private final LaunchSettings settings;
    private final Launcher launcher;
    private final Secrets secrets;

    private RunningPlatform(LaunchSettings settings, Launcher launcher, Secrets secrets) {
        this.settings = settings;
        this.launcher = launcher;
        this.secrets = secrets;
    }

    static RunningPlatform start(Path home) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JINGUO_HOME", home.toString());
        env.put("JINGUO_REPO", System.getProperty("jinguo.repository"));
        for (String port : List.of("IDENTITY_SERVICE_PORT", "ORG_SERVICE_PORT", "TRAINING_SERVICE_PORT", "COMMERCE_SERVICE_PORT",
                "CARE_SERVICE_PORT", "GATEWAY_PORT", "KAFKA_PORT", "JINGUO_POSTGRES_PORT")) {
            env.put(port, String.valueOf(FreePorts.find()));
        }
        LaunchSettings settings = LaunchSettings.from(env, Path.of(""), System.getProperty("jinguo.version"));
        Launcher launcher = new Launcher(settings);
        launcher.start();
        return new RunningPlatform(settings, launcher, Secrets.loadOrCreate(settings.secretsFile(), List.of()));
    }

    LaunchSettings settings() {
        return settings;
    }

    Secrets secrets() {
        return secrets;
    }

    String gateway() {
        return settings.gateway().url();
    }

    String identity() {
        return settings.service("identity-service").url();
    }

    String operationsSecret() {
        return secrets.value(Secrets.OPERATIONS_CLIENT_SECRET);
    }

    String operationsToken() {
        return clientCredentials("jinguo-operations", operationsSecret(), null);
    }

    /** @param scope space-separated scopes to ask for, or null */
    String clientCredentials(String clientId, String secret, String scope) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(identity() + "/oauth2/token"))
                            .header("Authorization", "Basic " + basic)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"
                                    + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends one service's JVM, as a crash would, leaving the rest of the platform running. */
    void kill(String service) {
        ProcessHandle process = ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains("/" + service + "-"))
                .findFirst().orElseThrow(() -> new IllegalStateException(service + " is not running"));
        process.destroyForcibly();
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        launcher.stop();
    }
}
