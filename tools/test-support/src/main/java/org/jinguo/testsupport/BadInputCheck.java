package org.jinguo.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a service's {@code /v3/api-docs} and sends malformed and hostile bodies to every write
 * operation in it. Each must be answered with a 4xx {@code application/problem+json}, and no
 * business table may gain or lose a row. One valid request per resource, sent first, must
 * succeed, so that a service refusing everything (say, a blanket 401) cannot pass.
 */
public final class BadInputCheck {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** Tables that change on their own (relay, purge) and say nothing about the data. */
    private static final List<String> INFRASTRUCTURE_TABLES =
            List.of("flyway_schema_history", "outbox_event", "inbox_event", "idempotency_record");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String baseUrl;
    private final JdbcClient database;
    private final Map<String, String> pathVariables = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<ControlRequest> controls = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private BadInputCheck(String baseUrl, JdbcClient database) {
        this.baseUrl = baseUrl;
        this.database = database;
    }

    /** @param database the service's own database, whose rows are counted before and after */
    public static BadInputCheck against(String baseUrl, JdbcClient database) {
        return new BadInputCheck(baseUrl, database);
    }

    /** A value for a path variable, e.g. {@code code} → {@code GUSHAN}; use existing records. */
    public BadInputCheck pathVariable(String name, String value) {
        pathVariables.put(name, value);
        return this;
    }

    /** A header sent with every bad request, e.g. a bearer token or an If-Match. */
    public BadInputCheck header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** A valid request that must succeed (2xx) before the bad ones are sent. */
    public BadInputCheck control(String method, String path, String body) {
        controls.add(new ControlRequest(method, path, body));
        return this;
    }

    /** @return one line per bad request that was not refused properly; empty when all were */
    public List<String> run() {
        if (controls.isEmpty()) {
            throw new IllegalStateException("Give at least one valid control request per resource");
        }
        List<String> failures = new ArrayList<>();
        for (ControlRequest control : controls) {
            HttpResponse<String> response = send(control.method(), control.path(), "application/json", control.body());
            if (response.statusCode() / 100 != 2) {
                failures.add("control " + control.method() + " " + control.path() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
        }
        if (!failures.isEmpty()) {
            return failures;
        }
        JsonNode document = json.readTree(send("GET", "/v3/api-docs", null, null).body());
        Map<String, Long> rowsBefore = rowCounts();
        int sent = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null || !operation.has("requestBody")) {
                    continue;
                }
                JsonNode schema = resolve(document, operation.at("/requestBody/content/application~1json/schema"));
                String target = fill(path.getKey());
                for (BadBody bad : badBodies(document, schema)) {
                    HttpResponse<String> response = send(method.toUpperCase(), target, bad.contentType(), bad.body());
                    sent++;
                    String contentType = response.headers().firstValue("Content-Type").orElse("");
                    if (response.statusCode() / 100 != 4 || !contentType.startsWith("application/problem+json")) {
                        failures.add(method.toUpperCase() + " " + target + " with " + bad.description() + " answered "
                                + response.statusCode() + " " + contentType + ": " + abbreviate(response.body()));
                    }
                }
            }
        }
        if (sent == 0) {
            failures.add("the API document lists no write operation with a JSON body");
        }
        Map<String, Long> rowsAfter = rowCounts();
        if (!rowsAfter.equals(rowsBefore)) {
            failures.add("row counts changed: before " + rowsBefore + ", after " + rowsAfter);
        }
        return failures;
    }

    private List<BadBody> badBodies(JsonNode document, JsonNode schema) {
        List<BadBody> bodies = new ArrayList<>(List.of(
                new BadBody("malformed JSON", "application/json", "{\"unterminated\": "),
                new BadBody("an empty body", "application/json", ""),
                new BadBody("JSON null", "application/json", "null"),
                new BadBody("an array instead of an object", "application/json", "[]"),
                new BadBody("a number instead of an object", "application/json", "42"),
                new BadBody("plain text", "text/plain", "hello"),
                new BadBody("an XML body", "application/xml", "<a>1</a>"),
                new BadBody("nesting 5,000 deep", "application/json", "[".repeat(5_000) + "]".repeat(5_000)),
                new BadBody("an empty object", "application/json", "{}")));
        ObjectNode valid = sample(document, schema);
        ObjectNode unknown = valid.deepCopy();
        unknown.put("notAField", 1);
        bodies.add(new BadBody("an unknown field", "application/json", json.writeValueAsString(unknown)));
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return bodies;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            String name = property.getKey();
            JsonNode propertySchema = resolve(document, property.getValue());
            for (Map.Entry<String, JsonNode> replacement : hostileValues(propertySchema).entrySet()) {
                ObjectNode body = valid.deepCopy();
                body.set(name, replacement.getValue());
                bodies.add(new BadBody(name + " = " + replacement.getKey(), "application/json", json.writeValueAsString(body)));
            }
            if (isRequired(schema, name)) {
                ObjectNode body = valid.deepCopy();
                body.putNull(name);
                bodies.add(new BadBody(name + " = null (required)", "application/json", json.writeValueAsString(body)));
            }
        }
        return bodies;
    }

    /** Values no well-guarded field accepts, by the field's declared type. */
    private Map<String, JsonNode> hostileValues(JsonNode schema) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        String type = type(schema);
        values.put("an object", NODES.objectNode().put("nested", "x"));
        switch (type) {
            case "string" -> {
                values.put("a number", NODES.numberNode(12345));
                values.put("10,000 characters", NODES.stringNode("长".repeat(10_000)));
                values.put("a NUL character", NODES.stringNode("a\u0000b"));
                values.put("an escape sequence", NODES.stringNode("\u001b[31mred"));
                if (schema.has("enum") || schema.has("format") || schema.has("pattern")) {
                    values.put("SQL injection", NODES.stringNode("x' OR '1'='1"));
                    values.put("a script", NODES.stringNode("<script>alert(1)</script>"));
                }
            }
            case "integer", "number" -> {
                values.put("text", NODES.stringNode("abc"));
                values.put("a number too large", NODES.numberNode(new java.math.BigDecimal("1e400")));
                values.put("a boolean", NODES.booleanNode(true));
                if (schema.has("minimum")) {
                    values.put("below the minimum", NODES.numberNode(schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                }
                if (schema.has("maximum")) {
                    values.put("above the maximum", NODES.numberNode(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
                }
            }
            case "array" -> {
                values.put("text", NODES.stringNode("abc"));
                ArrayNode tooMany = NODES.arrayNode();
                for (int i = 0; i < 10_000; i++) {
                    tooMany.add("x' OR 1=1");
                }
                values.put("10,000 bad items", tooMany);
            }
            case "boolean" -> values.put("text", NODES.stringNode("yes"));
            case "object" -> values.put("text", NODES.stringNode("abc"));
            default -> values.put("text", NODES.stringNode("abc"));
        }
        return values;
    }

    /** A body of plausible values, the starting point of each mutation. */
    private ObjectNode sample(JsonNode document, JsonNode schema) {
        ObjectNode sample = NODES.objectNode();
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return sample;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            sample.set(property.getKey(), sampleValue(document, resolve(document, property.getValue())));
        }
        return sample;
    }

    private JsonNode sampleValue(JsonNode document, JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asString("");
        return switch (type(schema)) {
            case "string" -> switch (format) {
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                case "date" -> NODES.stringNode("2025-03-05");
                case "date-time" -> NODES.stringNode("2025-03-05T10:00:00+08:00");
                default -> NODES.stringNode("样本");
            };
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            case "object" -> sample(document, schema);
            default -> NODES.nullNode();
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "";
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        return type.asString();
    }

    private static boolean isRequired(JsonNode schema, String name) {
        JsonNode required = schema.get("required");
        if (required == null) {
            return false;
        }
        for (JsonNode each : required) {
            if (each.asString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            current = document.at(current.get("$ref").asString().substring(1));
        }
        return current == null ? NODES.objectNode() : current;
    }

    private String fill(String pathTemplate) {
        Matcher matcher = PATH_VARIABLE.matcher(pathTemplate);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = pathVariables.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for path variable {" + matcher.group(1) + "} of " + pathTemplate);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        List<String> tables = database.sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'")
                .query(String.class).list();
        for (String table : tables) {
            if (!INFRASTRUCTURE_TABLES.contains(table)) {
                counts.put(table, database.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
            }
        }
        return counts;
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private record BadBody(String description, String contentType, String body) {
    }

    private record ControlRequest(String method, String path, String body) {
    }
}
