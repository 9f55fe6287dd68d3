package org.jinguo.apidocs;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/** The frame of every Jinguo OpenAPI document. */
public final class ApiDocuments {

    private ApiDocuments() {
    }

    /**
     * A document whose one server is relative, so "Try it out" calls whatever address the
     * document was read from (the gateway, when read through it); a bearer token or a login at
     * the issuer; and every {@link Problems problem} response, for operations to refer to.
     *
     * @param application the service's name, or {@code gateway}
     */
    public static OpenAPI frame(String application, String issuer) {
        Components components = new Components()
                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"))
                .addSecuritySchemes("login", new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
                        .description("Log in at identity-service (authorization code with PKCE)")
                        .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                                .authorizationUrl(issuer + "/oauth2/authorize")
                                .tokenUrl(issuer + "/oauth2/token")
                                .scopes(new Scopes().addString("openid", "Who you are")))));
        Problems.addTo(components);
        return new OpenAPI()
                .info(new Info().title("Jinguo " + application).version("v1")
                        .description("Conventions shared by every Jinguo API: docs/api/conventions.md"))
                .servers(List.of(new Server().url("/")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("login", "openid"));
    }
}
