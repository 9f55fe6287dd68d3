package org.jinguo.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed documents of the gateway and the services form one contract, and {@code platform.json} is their
 * merge; {@code -Djinguo.api-document.write=true} rewrites it.
 */
class PlatformDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Path DOCUMENTS = Path.of("../../docs/api/openapi");

    @Test
    void theServicesDocumentsMergeIntoTheCommittedPlatformDocument() throws IOException {
        String merged = JSON.writeValueAsString(PlatformDocument.merge(serviceDocuments())) + "\n";
        Path committed = DOCUMENTS.resolve("platform.json");
        if (Boolean.getBoolean("jinguo.api-document.write")) {
            Files.writeString(committed, merged, StandardCharsets.UTF_8);
        }
        assertThat(merged).as("%s is the merge of the services' documents (rewrite it with -Djinguo.api-document.write=true)", committed)
                .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
    }

    @Test
    void everyReferenceOfThePlatformDocumentResolves() throws IOException {
        JsonNode merged = PlatformDocument.merge(serviceDocuments());
        List<String> dangling = new ArrayList<>();
        references(merged, merged, dangling);
        assertThat(dangling).isEmpty();
    }

    @Test
    void refusesTwoOperationsOfOneIdOrTwoSchemasOfOneNameThatDiffer() {
        JsonNode org = JSON.readTree("""
                {"paths":{"/a":{"get":{"operationId":"getTown"}}},"components":{"schemas":{"Town":{"type":"object"}}}}""");
        JsonNode care = JSON.readTree("""
                {"paths":{"/b":{"get":{"operationId":"getTown"}}},"components":{"schemas":{"Town":{"type":"string"}}}}""");

        assertThatThrownBy(() -> PlatformDocument.merge(Map.of("org", org, "care", care)))
                .hasMessageContaining("operation id getTown").hasMessageContaining("schemas Town differs");
    }

    private static Map<String, JsonNode> serviceDocuments() throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            for (Path file : files.filter(PlatformDocumentTest::isPartOfThePlatform).sorted().toList()) {
                documents.put(file.getFileName().toString().replace(".json", ""), JSON.readTree(file.toFile()));
            }
        }
        assertThat(documents).containsKeys("gateway", "identity-service", "org-service", "training-service", "commerce-service", "care-service");
        return documents;
    }

    /** The gateway's own document and each service's. */
    private static boolean isPartOfThePlatform(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.equals("platform.json");
    }

    private static void references(JsonNode node, JsonNode document, List<String> dangling) {
        JsonNode reference = node.get("$ref");
        if (reference != null && reference.isString() && document.at(reference.asString().substring(1)).isMissingNode()) {
            dangling.add(reference.asString());
        }
        node.forEach(child -> references(child, document, dangling));
    }
}
