package org.jinguo.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a fresh PostgreSQL database, at the test JVM's Kafka broker
 * (with short producer timeouts so that outage tests finish in seconds), at the test issuer, and
 * gives it the test JVM's random master key.
 */
public class PlatformInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Database database = TestPostgres.get().newDatabase();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        properties.put("spring.kafka.bootstrap-servers", TestKafka.bootstrapServers());
        properties.put("jinguo.security.issuer", TestIssuer.get().url());
        properties.put("jinguo.master-key", TestMasterKey.get());
        properties.put("spring.kafka.producer.properties.max.block.ms", "2000");
        properties.put("spring.kafka.producer.properties.request.timeout.ms", "2000");
        properties.put("spring.kafka.producer.properties.delivery.timeout.ms", "4000");
        properties.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("jinguoTestInfrastructure", properties));
    }
}
