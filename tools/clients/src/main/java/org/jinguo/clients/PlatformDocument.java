package org.jinguo.clients;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's one OpenAPI document: the services' documents merged, for clients that call the
 * whole platform through the gateway. Merging is also the proof that the documents form one
 * contract: two operations with one path or one id, or two schemas, responses or security
 * schemes of one name that differ, are refused with what collides where.
 */
public final class PlatformDocument {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COMPONENTS = List.of("schemas", "responses", "securitySchemes");

    private PlatformDocument() {
    }

    /**
     * @param documents each service's document, by the service's name
     * @throws IllegalArgumentException with every collision found
     */
    public static ObjectNode merge(Map<String, JsonNode> documents) {
        List<String> collisions = new ArrayList<>();
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", "Jinguo platform").put("version", "v1")
                .put("description", "Every Jinguo API as the gateway serves it: one document for clients of the whole platform. "
                        + "Conventions: docs/api/conventions.md");
        merged.putArray("servers").addObject().put("url", "/");
        Map<String, String> pathOwners = new TreeMap<>();
        Map<String, String> operationOwners = new TreeMap<>();
        Map<String, String> tagOwners = new TreeMap<>();
        ObjectNode paths = JSON.createObjectNode();
        ObjectNode components = JSON.createObjectNode();
        ArrayNode tags = JSON.createArrayNode();
        documents.forEach((service, document) -> {
            if (!merged.has("security") && document.has("security")) {
                merged.set("security", document.get("security"));
            }
            document.path("paths").properties().forEach(path -> {
                String owner = pathOwners.putIfAbsent(path.getKey(), service);
                if (owner != null) {
                    collisions.add("path " + path.getKey() + " in " + owner + " and " + service);
                    return;
                }
                paths.set(path.getKey(), path.getValue());
                path.getValue().forEach(operation -> {
                    String id = operation.path("operationId").asString();
                    String idOwner = operationOwners.putIfAbsent(id, service);
                    if (idOwner != null) {
                        collisions.add("operation id " + id + " in " + idOwner + " and " + service);
                    }
                });
            });
            for (String kind : COMPONENTS) {
                ObjectNode merging = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
                document.path("components").path(kind).properties().forEach(component -> {
                    JsonNode existing = merging.get(component.getKey());
                    if (existing == null) {
                        merging.set(component.getKey(), component.getValue());
                    } else if (!existing.equals(component.getValue())) {
                        collisions.add(kind + " " + component.getKey() + " differs in " + service);
                    }
                });
            }
            document.path("tags").forEach(tag -> {
                if (tagOwners.putIfAbsent(tag.path("name").asString(), service) == null) {
                    tags.add(tag);
                }
            });
        });
        if (!collisions.isEmpty()) {
            throw new IllegalArgumentException("The documents are not one contract:\n  - " + String.join("\n  - ", collisions));
        }
        merged.set("paths", paths);
        merged.set("components", components);
        if (!tags.isEmpty()) {
            merged.set("tags", tags);
        }
        return merged;
    }
}
