package org.jinguo.messaging.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * A topic's events applied through the {@link Inbox} under one consumer name, each by the handler
 * of its type; events of other types are recorded as received and skipped. Declared as a bean:
 * <pre>{@code
 * @Bean
 * InboxListener employments(Inbox inbox, OutcomeService outcomes) {
 *     return inbox.listener(CommerceEvents.EMPLOYMENTS_TOPIC, "employment")
 *             .on(CommerceEvents.EMPLOYMENT_STARTED, EmploymentStartedV1.class, outcomes::employmentStarted);
 * }
 * }</pre>
 * It listens in the consumer group {@code <spring.application.name>-<consumer>}; a record that
 * fails is retried and dead-lettered like any listener's.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class InboxListener {

    private final Inbox inbox;
    private final String topic;
    private final String consumer;
    private final Map<String, Consumer<ReceivedEvent>> handlers = new HashMap<>();

    /** Applies the events of this type, their data read as {@code dataType}. */
    public <T> InboxListener on(String type, Class<T> dataType, Consumer<? super T> handler) {
        if (handlers.putIfAbsent(type, event -> handler.accept(event.dataAs(dataType))) != null) {
            throw new IllegalArgumentException("A second handler of " + type + " for " + consumer);
        }
        return this;
    }

    public String topic() {
        return topic;
    }

    /** The name the inbox records applied events under; stored rows rely on it, so it never changes. */
    public String consumer() {
        return consumer;
    }

    @KafkaListener(topics = "#{__listener.topic()}", groupId = "${spring.application.name}-#{__listener.consumer()}")
    void receive(ConsumerRecord<String, String> record) {
        inbox.receive(consumer, record, event -> {
            Consumer<ReceivedEvent> handler = handlers.get(event.type());
            if (handler != null) {
                handler.accept(event);
            }
        });
    }
}
