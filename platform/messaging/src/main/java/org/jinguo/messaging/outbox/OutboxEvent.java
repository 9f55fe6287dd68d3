package org.jinguo.messaging.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the outbox, as the relay reads it. */
record OutboxEvent(
        long position,
        UUID eventId,
        String topic,
        String messageKey,
        String eventType,
        String subject,
        OffsetDateTime occurredAt,
        String data,
        String traceparent) {
}
