package org.jinguo.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

/** The environment variables each JVM of the platform starts with, on top of the launcher's own. */
@RequiredArgsConstructor
final class ServiceEnvironments {

    private final LaunchSettings settings;
    private final Secrets secrets;
    private final String kafkaBootstrapServers;

    Map<String, String> ofService(ServiceSpec service, PostgresServer.Database database) {
        Map<String, String> environment = new LinkedHashMap<>(keyRingOf(service));
        environment.put("SERVER_PORT", String.valueOf(service.port()));
        environment.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", database.user());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("JINGUO_ISSUER", issuer());
        if (service.name().equals("identity-service")) {
            environment.putAll(secrets.asEnvironment(List.of(Secrets.OPERATIONS_CLIENT_SECRET)));
            // The gateway's Swagger UI logs in as the web front end, from wherever the gateway runs.
            String gateway = settings.gateway().url();
            environment.put("JINGUO_WEB_REDIRECT_URIS", "http://127.0.0.1:5173/callback," + gateway + "/swagger-ui/oauth2-redirect.html");
            // Loopback redirect URIs must name 127.0.0.1 (OAuth 2.1), so the Swagger UI logs in from there only.
            environment.put("JINGUO_FRONT_END_ORIGINS", "http://127.0.0.1:5173,http://localhost:5173," + gateway);
        }
        return environment;
    }

    /** identity-service, wherever it runs: tokens name it, and every JVM fetches its keys from it. */
    private String issuer() {
        return settings.service("identity-service").url();
    }

    /** The service's own master key, and the keys it is being rotated from: never another service's. */
    private Map<String, String> keyRingOf(ServiceSpec service) {
        Map<String, String> ring = new LinkedHashMap<>();
        ring.put("JINGUO_MASTER_KEY", secrets.value(Secrets.masterKeyOf(service.name())));
        String retired = Stream.of(secrets.value(Secrets.retiredMasterKeysOf(service.name())), secrets.value(Secrets.SHARED_MASTER_KEY))
                .filter(keys -> keys != null && !keys.isBlank()).collect(Collectors.joining(","));
        if (!retired.isEmpty()) {
            ring.put("JINGUO_RETIRED_MASTER_KEYS", retired);
        }
        return ring;
    }

    Map<String, String> ofGateway() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", String.valueOf(settings.gateway().port()));
        environment.put("IDENTITY_SERVICE_URL", issuer());
        environment.put("ORG_SERVICE_URL", settings.service("org-service").url());
        environment.put("TRAINING_SERVICE_URL", settings.service("training-service").url());
        environment.put("COMMERCE_SERVICE_URL", settings.service("commerce-service").url());
        environment.put("CARE_SERVICE_URL", settings.service("care-service").url());
        // A front end in development (Vite's port) may call the API from the browser.
        environment.put("JINGUO_FRONT_END_ORIGINS", "http://127.0.0.1:5173,http://localhost:5173");
        environment.put("JINGUO_ISSUER", issuer());
        return environment;
    }
}
