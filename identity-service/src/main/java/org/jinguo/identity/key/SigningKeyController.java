package org.jinguo.identity.key;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rotation of the token signing key; CITY_ADMIN only (see SecurityConfiguration). */
@RestController
@Tag(name = "Signing keys", description = "The keys that sign access and ID tokens, and their rotation")
@RequiredArgsConstructor
class SigningKeyController {

    private final SigningKeyService keys;

    @PostMapping("/api/v1/identity/signing-keys/rotation")
    @Operation(operationId = "rotateSigningKey", summary = "Sign new tokens with a new key",
            description = "The previous key stays published until every token it signed has expired.")
    Map<String, String> rotate() {
        return Map.of("activeKeyId", keys.rotate());
    }
}
