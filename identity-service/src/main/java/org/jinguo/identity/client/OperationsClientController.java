package org.jinguo.identity.client;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operations client; CITY_ADMIN only (see SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/identity/operations-client")
@Tag(name = "Operations client", description = "The client credentials whose tokens carry CITY_ADMIN, for loading data and scripts")
@RequiredArgsConstructor
class OperationsClientController {

    private final OperationsClientService operations;

    @GetMapping
    @Operation(operationId = "getOperationsClient", summary = "The operations client (without its secret)")
    OperationsClientView get() {
        return operations.client();
    }

    @PostMapping("/secret")
    @Operation(operationId = "renewOperationsClientSecret", summary = "Issue a new secret (also enables a disabled client); shown once",
            description = "The old secret stops working at once; tokens issued before stay valid until they expire.")
    ResponseEntity<OperationsClientView> renewSecret() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(operations.renewSecret());
    }

    @PostMapping("/disabling")
    @Operation(operationId = "disableOperationsClient", summary = "Disable the operations client: its secret stops working",
            description = "Enabled again by a new secret, here or in its configuration (`JINGUO_OPERATIONS_CLIENT_SECRET`) on the next start.")
    OperationsClientView disable() {
        return operations.disable();
    }
}
