package org.jinguo.identity.client;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.validation.PlainText;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partner agencies' clients; CITY_ADMIN only (see SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/identity/clients")
@Tag(name = "Partner clients", description = "Client credentials for partner agencies, with scopes")
@RequiredArgsConstructor
class PartnerClientController {

    private final PartnerClientService partners;

    @PostMapping
    @Creates
    @Operation(operationId = "registerPartnerClient",
            summary = "Register a partner client", description = "The response holds the secret; it is never shown again.")
    ResponseEntity<PartnerClientView> register(@Valid @RequestBody NewPartnerBody body) {
        PartnerClientView client = partners.register(body.clientId(), body.name(), body.scopes());
        return ResponseEntity.created(URI.create("/api/v1/identity/clients/" + client.clientId()))
                .cacheControl(CacheControl.noStore()).body(client);
    }

    @GetMapping("/{clientId}")
    @Operation(operationId = "getPartnerClient", summary = "One partner client (without its secret)")
    PartnerClientView get(@PathVariable String clientId) {
        return partners.client(clientId);
    }

    @PostMapping("/{clientId}/disabling")
    @Operation(operationId = "disablePartnerClient", summary = "Disable a partner client: its secret stops working")
    PartnerClientView disable(@PathVariable String clientId) {
        return partners.disable(clientId);
    }

    @PostMapping("/{clientId}/secret")
    @Operation(operationId = "renewPartnerClientSecret", summary = "Issue a new secret (also enables a disabled client); shown once")
    ResponseEntity<PartnerClientView> renewSecret(@PathVariable String clientId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(partners.renewSecret(clientId));
    }

    record NewPartnerBody(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,63}", message = "{org.jinguo.web.validation.ClientId.message}") String clientId,
            @NotBlank @Size(max = 200) @PlainText String name,
            @NotNull @Size(min = 1, max = 8) List<@NotNull String> scopes) {
    }
}
