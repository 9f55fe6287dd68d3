package org.jinguo.web.json;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a moment only from ISO-8601 text with an offset ({@code 2024-03-01T09:00:00+08:00}). The
 * default reader also takes a number as seconds since 1970, which turns a client's mistake into a
 * date in 1970 instead of a 400.
 */
public class MomentDeserializer extends StdDeserializer<OffsetDateTime> {

    public MomentDeserializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
        }
        String text = parser.getString();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text,
                    "not an ISO-8601 date-time with an offset");
        }
    }
}
