package org.jinguo.messaging.inbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A CloudEvent as a consumer receives it; its data is read into the event type's record on demand. */
public final class ReceivedEvent {

    private final UUID id;
    private final String source;
    private final String type;
    private final String subject;
    private final OffsetDateTime time;
    private final JsonNode data;
    private final JsonMapper json;

    private ReceivedEvent(UUID id, String source, String type, String subject, OffsetDateTime time, JsonNode data, JsonMapper json) {
        this.id = id;
        this.source = source;
        this.type = type;
        this.subject = subject;
        this.time = time;
        this.data = data;
        this.json = json;
    }

    /** @throws MalformedEventException when the value is not a CloudEvent with id, type and data */
    static ReceivedEvent parse(String value, JsonMapper json) {
        if (value == null) {
            throw new MalformedEventException("The record has no value");
        }
        try {
            JsonNode node = json.readTree(value);
            String id = text(node, "id");
            String type = text(node, "type");
            JsonNode data = node.get("data");
            if (id == null || type == null || data == null || data.isNull()) {
                throw new MalformedEventException("The record is not a CloudEvent with id, type and data");
            }
            String time = text(node, "time");
            return new ReceivedEvent(UUID.fromString(id), text(node, "source"), type, text(node, "subject"),
                    time == null ? null : OffsetDateTime.parse(time), data, json);
        } catch (JacksonException | IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new MalformedEventException("The record is not a readable CloudEvent: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    public UUID id() {
        return id;
    }

    public String source() {
        return source;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    public OffsetDateTime time() {
        return time;
    }

    /** The data as the event type's record; unknown fields are ignored (additive versioning). */
    public <T> T dataAs(Class<T> type) {
        try {
            return json.readerFor(type)
                    .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (JacksonException e) {
            throw new MalformedEventException("The data of event " + id + " is not a " + type.getSimpleName() + ": " + e.getMessage());
        }
    }
}
