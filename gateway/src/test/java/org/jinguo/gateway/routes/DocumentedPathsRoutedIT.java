package org.jinguo.gateway.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jinguo.testsupport.TestIssuer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation in a service's committed document reaches that service through the gateway,
 * so that the platform's one document, whose server is the gateway, tells the truth; and the
 * gateway's own operation is answered by the gateway, not routed.
 */
@SpringBootTest
class DocumentedPathsRoutedIT {

    private static final Path DOCUMENTS = Path.of("../docs/api/openapi");

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("jinguo.security.issuer", () -> TestIssuer.get().url());
    }

    @Autowired
    RouteLocator routes;

    @Test
    void everyOperationOfEveryServiceIsRoutedToItsService() throws IOException {
        List<Route> inOrder = routes.getRoutes().collectList().block();
        List<String> misrouted = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.list(DOCUMENTS)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith("-service.json")).sorted().toList()) {
                String service = file.getFileName().toString().replace(".json", "");
                JsonNode document = JsonMapper.shared().readTree(file.toFile());
                for (var path : document.path("paths").properties()) {
                    for (String method : path.getValue().propertyNames()) {
                        String routed = routeOf(inOrder, method, example(path.getKey())).orElse("no route");
                        checked++;
                        if (!routed.startsWith(service)) {
                            misrouted.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey() + " of " + service + " goes to " + routed);
                        }
                    }
                }
            }
        }

        assertThat(checked).as("operations checked").isGreaterThan(200);
        assertThat(misrouted).isEmpty();
        assertThat(routeOf(inOrder, "get", "/api/v1/reports/impact")).as("the gateway's own").isEmpty();
    }

    private static Optional<String> routeOf(List<Route> inOrder, String method, String path) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.method(HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)), path).build());
        return Flux.fromIterable(inOrder)
                .concatMap(route -> Flux.from(route.getPredicate().apply(exchange)).filter(Boolean::booleanValue).map(matched -> route.getId()))
                .next().blockOptional();
    }

    /** The path with each variable filled in, as a caller would send it. */
    private static String example(String template) {
        return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }
}
