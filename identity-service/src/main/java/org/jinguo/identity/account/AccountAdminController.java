package org.jinguo.identity.account;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import lombok.RequiredArgsConstructor;

import org.jinguo.identity.account.AccountRequests.DisplayNameBody;
import org.jinguo.identity.account.AccountRequests.NewAccountBody;
import org.jinguo.identity.account.AccountRequests.RoleBody;
import org.jinguo.identity.account.AccountRequests.RolesBody;
import org.jinguo.web.etag.ExpectedVersion;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts of the people who log in; CITY_ADMIN only (see SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/identity/accounts")
@Tag(name = "Accounts", description = "People who log in, their roles and their town")
@Validated
@RequiredArgsConstructor
class AccountAdminController {

    private final AccountAdminService accounts;

    @PostMapping
    @Creates
    @Operation(summary = "Create an account", description = "Accepts Idempotency-Key. The password is stored only as a hash.")
    ResponseEntity<AccountView> create(@Valid @RequestBody NewAccountBody body) {
        AccountView account = accounts.create(body.username(), body.displayName(), body.password(), roles(body.roles()));
        return Versions.created(URI.create("/api/v1/identity/accounts/" + account.id()), account, account.version());
    }

    @GetMapping
    @Operation(summary = "List accounts", description = "username matches the start of the username.")
    Page<AccountView> list(@RequestParam(required = false) Role role,
                           @RequestParam(required = false) @Size(max = 64) String username, PageQuery page) {
        return accounts.accounts(role, username, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account, with its ETag")
    ResponseEntity<AccountView> get(@PathVariable UUID id) {
        AccountView account = accounts.account(id);
        return Versions.ok(account, account.version());
    }

    @PutMapping("/{id}/roles")
    @Operation(operationId = "replaceAccountRoles", summary = "Replace an account's roles")
    ResponseEntity<AccountView> replaceRoles(@PathVariable UUID id,
                                             @Valid @RequestBody RolesBody body, ExpectedVersion expected) {
        AccountView account = accounts.replaceRoles(id, expected.value(), roles(body.roles()));
        return Versions.ok(account, account.version());
    }

    @PutMapping("/{id}/display-name")
    @Operation(summary = "Change the name shown for an account", description = "The OIDC name claim at /userinfo.")
    ResponseEntity<AccountView> rename(@PathVariable UUID id,
                                       @Valid @RequestBody DisplayNameBody body, ExpectedVersion expected) {
        AccountView account = accounts.rename(id, expected.value(), body.displayName());
        return Versions.ok(account, account.version());
    }

    @PostMapping("/{id}/disabling")
    @Operation(summary = "Disable an account: it can no longer log in")
    ResponseEntity<AccountView> disable(@PathVariable UUID id, ExpectedVersion expected) {
        AccountView account = accounts.setEnabled(id, expected.value(), false);
        return Versions.ok(account, account.version());
    }

    @PostMapping("/{id}/enabling")
    @Operation(summary = "Enable an account again; also lifts a lock-out")
    ResponseEntity<AccountView> enable(@PathVariable UUID id, ExpectedVersion expected) {
        AccountView account = accounts.setEnabled(id, expected.value(), true);
        return Versions.ok(account, account.version());
    }

    private static List<AccountView.RoleView> roles(List<RoleBody> roles) {
        return roles.stream().map(role -> new AccountView.RoleView(role.role(), role.townCode())).toList();
    }
}
