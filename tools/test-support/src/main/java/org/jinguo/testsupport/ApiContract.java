package org.jinguo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A service's own OpenAPI document, held against every call a test makes to it, so that the
 * document cannot drift from what the service does. For each exchange:
 * <ul>
 * <li>the operation is documented (a 404 or 405 of an undocumented path is the service agreeing);
 * <li>the answer's status, media type, body (by its JSON Schema) and {@code Location} and
 *     {@code ETag} headers are documented;
 * <li>a request the service accepted (2xx) is one the document allows: its body by the request
 *     schema, its query parameters and required headers documented, and no token sent only
 *     where the operation is public.
 * </ul>
 * With {@code -Djinguo.api-contract.report=<file>} every disagreement is written to the file
 * instead of failing the test, to see them all at once.
 */
final class ApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, ApiContract> BY_BASE_URL = new ConcurrentHashMap<>();
    private static final List<String> CHECKED_HEADERS = List.of("Location", "ETag");

    private final JsonNode document;
    private final List<PathTemplate> paths = new ArrayList<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private ApiContract(JsonNode document) {
        this.document = document;
        document.path("paths").propertyNames().forEach(path -> paths.add(new PathTemplate(path)));
        paths.sort(Comparator.comparingInt(PathTemplate::variables).thenComparing(PathTemplate::template));
    }

    /** The document the service at this address serves at {@code /v3/api-docs}. */
    static ApiContract of(String baseUrl) {
        return BY_BASE_URL.computeIfAbsent(baseUrl, ApiContract::load);
    }

    private static ApiContract load(String baseUrl) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No API document at " + baseUrl + ": " + response.statusCode());
            }
            return new ApiContract(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("No API document at " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One call and its answer, as the test made it. */
    record Exchange(String method, String pathAndQuery, Map<String, String> requestHeaders, String requestBody,
                    boolean requestOnContract, HttpApi.Reply reply) {

        String path() {
            int query = pathAndQuery.indexOf('?');
            return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        }

        List<String> queryNames() {
            int query = pathAndQuery.indexOf('?');
            if (query < 0) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String pair : pathAndQuery.substring(query + 1).split("&")) {
                if (!pair.isEmpty()) {
                    names.add(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
                }
            }
            return names;
        }

        boolean sent(String header) {
            return requestHeaders.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(header));
        }

        @Override
        public String toString() {
            return method + " " + pathAndQuery + " -> " + reply.status();
        }
    }

    /** Fails the test with every way the exchange departs from the document. */
    void check(Exchange exchange) {
        if (!exchange.path().startsWith("/api/")) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Optional<PathTemplate> template = paths.stream().filter(path -> path.matches(exchange.path())).findFirst();
        String method = exchange.method().toLowerCase(Locale.ROOT);
        JsonNode operation = template.map(path -> document.path("paths").path(path.template()).path(method)).orElse(null);
        int status = exchange.reply().status();
        if (operation == null || operation.isMissingNode()) {
            if (status != 404 && status != 405) {
                fail(exchange, List.of("the operation is not in the document"));
            }
            return;
        }
        String pointer = "/paths/" + escape(template.get().template()) + "/" + method;
        checkResponse(exchange, operation, pointer, problems);
        if (status >= 200 && status < 300 && exchange.requestOnContract()) {
            checkAcceptedRequest(exchange, operation, pointer, problems);
        }
        if (!problems.isEmpty()) {
            fail(exchange, problems);
        }
    }

    private void checkResponse(Exchange exchange, JsonNode operation, String pointer, List<String> problems) {
        String status = String.valueOf(exchange.reply().status());
        JsonNode response = resolved(operation.path("responses").path(status));
        if (response.isMissingNode()) {
            problems.add("status " + status + " is not documented (documented: " + operation.path("responses").propertyNames() + ")");
            return;
        }
        for (String header : CHECKED_HEADERS) {
            JsonNode documented = response.path("headers").path(header);
            boolean present = exchange.reply().header(header) != null;
            if (present && documented.isMissingNode()) {
                problems.add("header " + header + " is sent but not documented");
            } else if (!present && documented.path("required").asBoolean(false)) {
                problems.add("header " + header + " is documented as always sent but is missing");
            }
        }
        String body = exchange.reply().body();
        if (body == null || body.isEmpty()) {
            return;
        }
        String mediaType = mediaType(exchange.reply().header("Content-Type"));
        JsonNode content = response.path("content").path(mediaType);
        if (content.isMissingNode()) {
            problems.add("media type " + mediaType + " is not documented for " + status + " (documented: "
                    + response.path("content").propertyNames() + ")");
            return;
        }
        if (mediaType.endsWith("json") && !content.path("schema").isMissingNode()) {
            validate(pointer + "/responses/" + status, content.path("schema"), body, "response body", problems);
        }
    }

    private void checkAcceptedRequest(Exchange exchange, JsonNode operation, String pointer, List<String> problems) {
        List<String> documentedQuery = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asString();
            switch (parameter.path("in").asString()) {
                case "query" -> documentedQuery.add(name);
                case "header" -> {
                    if (parameter.path("required").asBoolean(false) && !exchange.sent(name)) {
                        problems.add("required header " + name + " was not sent, yet the request was accepted");
                    }
                }
                default -> { }
            }
        }
        exchange.queryNames().stream().filter(name -> !documentedQuery.contains(name)).distinct()
                .forEach(name -> problems.add("query parameter " + name + " is not documented"));
        boolean isPublic = operation.has("security") && operation.path("security").isEmpty();
        if (!exchange.sent("Authorization") && !isPublic) {
            problems.add("accepted without a token, but the operation is documented as needing one");
        }
        if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
            JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                problems.add("a JSON body was accepted, but the operation documents none");
            } else {
                validate(pointer + "/requestBody/content/application~1json/schema", schema, exchange.requestBody(), "request body", problems);
            }
        }
    }

    /** The object a {@code $ref} points to within the document, or the node itself. */
    private JsonNode resolved(JsonNode node) {
        JsonNode reference = node.get("$ref");
        return reference == null ? node : document.at(reference.asString().substring(1));
    }

    private void validate(String key, JsonNode schema, String json, String what, List<String> problems) {
        Schema compiledSchema = compiled.computeIfAbsent(key, ignored -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.putArray("allOf").add(schema);
            root.set("components", document.path("components"));
            return SCHEMAS.getSchema(root.toString(), InputFormat.JSON);
        });
        List<Error> errors = compiledSchema.validate(json, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        errors.forEach(error -> problems.add(what + ": " + error));
    }

    private static void fail(Exchange exchange, List<String> problems) {
        String report = System.getProperty("jinguo.api-contract.report");
        if (report != null) {
            try {
                Files.writeString(Path.of(report), exchange + "\n  - " + String.join("\n  - ", problems) + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        throw new AssertionError("The API document and the service disagree on " + exchange + ":\n  - "
                + String.join("\n  - ", problems) + "\n  body: " + abbreviate(exchange.reply().body()));
    }

    private static String abbreviate(String body) {
        return body == null || body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private record PathTemplate(String template, Pattern pattern, int variables) {

        PathTemplate(String template) {
            this(template, Pattern.compile(java.util.Arrays.stream(template.split("\\{[^}]+}", -1))
                    .map(Pattern::quote).collect(java.util.stream.Collectors.joining("[^/]+"))), template.split("\\{", -1).length - 1);
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches();
        }
    }
}
