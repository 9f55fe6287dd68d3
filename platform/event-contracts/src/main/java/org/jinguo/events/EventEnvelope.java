package org.jinguo.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in JSON structured mode, as every Jinguo service publishes it.
 *
 * @param subject the id of the aggregate the event is about; also the Kafka record key
 * @param data    the event type's own record (one per type in this module)
 */
public record EventEnvelope<T>(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** Kafka header that carries the W3C trace context of the change that caused the event. */
    public static final String TRACEPARENT_HEADER = "traceparent";
}
