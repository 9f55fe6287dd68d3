package org.jinguo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service's OpenAPI document must be for clients to be generated from it: the one
 * committed in {@code docs/api/openapi/} (which the SDKs are built from), every reference
 * resolvable, no framework type as a model, operation ids without numeric suffixes, every error
 * a Problem, every operation under one described tag. A service's (and the gateway's)
 * {@code ApiDocumentIT} extends it; run it with {@code -Djinguo.api-document.write=true} to commit
 * a changed document.
 */
public abstract class ApiDocumentContract {

    private static final String LOCAL_ISSUER = "http://127.0.0.1:9000";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Value("${spring.application.name}")
    String serviceName;

    @Value("${jinguo.security.issuer}")
    String issuer;

    @Test
    void servesTheCommittedDocument() throws IOException {
        // The login URLs name the test's own issuer; the committed document names the local run's.
        String live = JSON.writeValueAsString(document()).replace(issuer, LOCAL_ISSUER) + "\n";
        Path committed = committedDocuments().resolve(serviceName + ".json");
        if (Boolean.getBoolean("jinguo.api-document.write")) {
            Files.writeString(committed, live, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(committed)).as("%s exists (write it with -Djinguo.api-document.write=true)", committed).isTrue();
        assertThat(live).as("the document served equals %s (update it with -Djinguo.api-document.write=true)", committed)
                .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
    }

    @Test
    void everyReferenceResolvesAndNoFrameworkTypeIsAModel() {
        JsonNode document = document();
        List<String> dangling = new ArrayList<>();
        references(document, dangling, document);
        assertThat(dangling).as("references to no schema").isEmpty();
        assertThat(document.path("components").path("schemas").propertyNames())
                .noneMatch(name -> name.equals("JsonNode") || name.contains("ObjectNode") || name.startsWith("ResponseEntity"));
    }

    @Test
    void operationIdsAreReadableAndEveryErrorIsAProblem() {
        JsonNode document = document();
        document.path("paths").forEach(path -> path.forEach(operation -> {
            String id = operation.path("operationId").asString();
            assertThat(id).as("operation id").doesNotContain("_").isNotBlank();
            operation.path("responses").properties().forEach(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode reference = response.getValue().path("$ref");
                    JsonNode problem = reference.isString() ? document.at(reference.asString().substring(1)) : response.getValue();
                    assertThat(problem.path("content").path("application/problem+json").path("schema").path("$ref").asString())
                            .as("%s %s", id, response.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
            assertThat(operation.path("responses").propertyNames()).as("%s documents its errors", id).contains("500");
        }));
    }

    @Test
    void everyOperationHasATagTheDocumentDescribes() {
        JsonNode document = document();
        Set<String> described = new HashSet<>();
        document.path("tags").forEach(tag -> {
            if (!tag.path("description").asString("").isBlank()) {
                described.add(tag.path("name").asString());
            }
        });
        document.path("paths").forEach(path -> path.forEach(operation -> {
            assertThat(operation.path("tags").size()).as("%s has one tag", operation.path("operationId").asString()).isEqualTo(1);
            assertThat(described).as("tags with a description").contains(operation.path("tags").get(0).asString());
        }));
    }

    private JsonNode document() {
        HttpApi.Reply reply = HttpApi.at("http://127.0.0.1:" + port).get("/v3/api-docs").send();
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private static void references(JsonNode node, List<String> dangling, JsonNode document) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && document.at(ref.asString().substring(1)).isMissingNode()) {
                dangling.add(ref.asString());
            }
        }
        node.forEach(child -> references(child, dangling, document));
    }

    /** {@code docs/api/openapi} of the repository the test runs in. */
    static Path committedDocuments() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            Path documents = directory.resolve("docs/api/openapi");
            if (Files.isDirectory(directory.resolve("docs/api"))) {
                return documents;
            }
        }
        throw new IllegalStateException("No docs/api above " + Path.of("").toAbsolutePath());
    }
}
