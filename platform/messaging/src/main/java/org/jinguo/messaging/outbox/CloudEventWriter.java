package org.jinguo.messaging.outbox;

import lombok.RequiredArgsConstructor;

import org.jinguo.events.EventEnvelope;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes an outbox row as a CloudEvents 1.0 JSON document (structured mode). */
@RequiredArgsConstructor
public class CloudEventWriter {

    private final JsonMapper json;
    private final String source;

    String write(OutboxEvent event) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", EventEnvelope.SPEC_VERSION);
        envelope.put("id", event.eventId().toString());
        envelope.put("source", source);
        envelope.put("type", event.eventType());
        envelope.put("subject", event.subject());
        envelope.put("time", event.occurredAt().toString());
        envelope.put("datacontenttype", EventEnvelope.DATA_CONTENT_TYPE);
        envelope.set("data", json.readTree(event.data()));
        return json.writeValueAsString(envelope);
    }
}
