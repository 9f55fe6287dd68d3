package org.jinguo.messaging.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes an event as part of the caller's database transaction: the event is stored beside the
 * change and reaches Kafka only if the transaction commits.
 */
@RequiredArgsConstructor
public class EventOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OutboxRelay relay;
    private final ObjectProvider<Tracer> tracer;
    private final Clock clock;

    /**
     * @param topic     the aggregate's stream, e.g. {@code org.regions}
     * @param eventType the versioned type, e.g. {@code org.jinguo.org.town.changed.v1}
     * @param subject   the aggregate id; also the Kafka key, so one aggregate's events stay in order
     * @param data      the event type's record from event-contracts
     * @return the event id
     * @throws IllegalStateException when called outside a transaction
     */
    public UUID publish(String topic, String eventType, String subject, Object data) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An event must be published in the transaction of the change it reports");
        }
        UUID eventId = UUID.randomUUID();
        jdbc.sql("""
                insert into outbox_event (event_id, topic, message_key, event_type, subject, occurred_at, data, traceparent)
                values (:eventId, :topic, :key, :type, :subject, :occurredAt, cast(:data as jsonb), :traceparent)
                """)
                .param("eventId", eventId)
                .param("topic", topic)
                .param("key", subject)
                .param("type", eventType)
                .param("subject", subject)
                .param("occurredAt", OffsetDateTime.now(clock))
                .param("data", json.writeValueAsString(data))
                .param("traceparent", currentTraceparent())
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return eventId;
    }

    private String currentTraceparent() {
        Tracer current = tracer.getIfAvailable();
        if (current == null || current.currentSpan() == null) {
            return null;
        }
        TraceContext context = current.currentSpan().context();
        if (context.traceId().isEmpty() || context.spanId().isEmpty()) {
            return null;
        }
        boolean sampled = Boolean.TRUE.equals(context.sampled());
        return "00-" + context.traceId() + "-" + context.spanId() + (sampled ? "-01" : "-00");
    }
}
