package org.jinguo.messaging;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Kafka settings every service shares, with the lowest precedence. A service must start and take
 * writes while Kafka is down (the outbox keeps its events), so nothing waits for the broker at
 * start-up: topics are created by the outbox relay once the broker answers.
 */
public class MessagingEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("spring.kafka.admin.auto-create", false);
        defaults.put("spring.kafka.admin.operation-timeout", "10s");
        defaults.put("spring.kafka.admin.properties.request.timeout.ms", 10_000);
        defaults.put("spring.kafka.admin.properties.default.api.timeout.ms", 10_000);
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", true);
        defaults.put("spring.kafka.producer.properties.linger.ms", 1);
        defaults.put("spring.kafka.listener.missing-topics-fatal", false);
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        defaults.put("spring.kafka.consumer.enable-auto-commit", false);
        // The clients log every failed reconnection at INFO; one warning per outage is enough.
        defaults.put("logging.level.org.apache.kafka.clients.NetworkClient", "error");
        defaults.put("logging.level.org.apache.kafka.clients.admin.internals.AdminMetadataManager", "warn");
        environment.getPropertySources().addLast(new MapPropertySource("jinguoMessagingDefaults", defaults));
    }
}
