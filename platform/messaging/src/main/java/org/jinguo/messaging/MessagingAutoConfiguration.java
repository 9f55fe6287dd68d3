package org.jinguo.messaging;

import java.time.Clock;
import java.util.Map;

import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jinguo.messaging.deadletter.DeadLetterRedrive;
import org.jinguo.messaging.deadletter.DeadLettersEndpoint;
import org.jinguo.messaging.inbox.Inbox;
import org.jinguo.messaging.inbox.InboxPurge;
import org.jinguo.messaging.inbox.MalformedEventException;
import org.jinguo.messaging.outbox.CloudEventWriter;
import org.jinguo.messaging.outbox.EventOutbox;
import org.jinguo.messaging.outbox.OutboxRelay;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox, the inbox and dead-letter handling for a service with a database and Kafka. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock messagingClock() {
        return Clock.systemUTC();
    }

    @Bean
    CloudEventWriter cloudEventWriter(JsonMapper json, MessagingProperties properties,
                                      @Value("${spring.application.name:application}") String applicationName) {
        String source = properties.source() == null || properties.source().isBlank() ? applicationName : properties.source();
        return new CloudEventWriter(json, source);
    }

    /**
     * The relay's own producer: idempotent and acknowledged by all in-sync replicas, so a retry
     * neither duplicates nor reorders records within a partition; a short linger because the relay
     * already sends in batches and a change should reach consumers quickly.
     */
    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaProperties kafkaProperties,
                            CloudEventWriter writer, MessagingProperties properties, KafkaAdmin kafkaAdmin,
                            ObjectProvider<NewTopic> topics, ObjectProvider<KafkaAdmin.NewTopics> topicGroups) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 1);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        KafkaTemplate<String, String> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        boolean declaresTopics = topics.stream().findAny().isPresent() || topicGroups.stream().findAny().isPresent();
        return new OutboxRelay(jdbc, transactions, template, writer, properties.relay(), declaresTopics ? kafkaAdmin : null);
    }

    @Bean
    EventOutbox eventOutbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay, ObjectProvider<Tracer> tracer, Clock clock) {
        return new EventOutbox(jdbc, json, relay, tracer, clock);
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json) {
        return new Inbox(jdbc, transactions, json);
    }

    @Bean
    InboxPurge inboxPurge(JdbcClient jdbc, MessagingProperties properties) {
        return new InboxPurge(jdbc, properties.inbox().retention());
    }

    /**
     * Retries a failing record with exponential back-off, then publishes it to
     * {@code <topic>.DLT} with the error in its headers and moves on to the next record.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaOperations<Object, Object> kafka, MessagingProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, error) -> new TopicPartition(record.topic() + DeadLetterRedrive.SUFFIX, -1));
        MessagingProperties.Consumer settings = properties.consumer();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(settings.retries());
        backOff.setInitialInterval(settings.initialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(settings.maxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    @Bean
    DeadLetterRedrive deadLetterRedrive(KafkaProperties kafkaProperties, KafkaTemplate<String, String> kafka,
                                        @Value("${spring.application.name:application}") String applicationName) {
        return new DeadLetterRedrive(kafkaProperties.buildConsumerProperties(), kafkaProperties.buildAdminProperties(),
                kafka, applicationName);
    }

    @Bean
    @ConditionalOnAvailableEndpoint
    DeadLettersEndpoint deadLettersEndpoint(DeadLetterRedrive redrive) {
        return new DeadLettersEndpoint(redrive);
    }
}
