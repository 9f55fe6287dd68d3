package org.jinguo.care.helper;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import lombok.RequiredArgsConstructor;

import org.jinguo.values.TownCode;
import org.jinguo.care.helper.HelperRequests.AttachmentBody;
import org.jinguo.care.helper.HelperRequests.DetachmentBody;
import org.jinguo.care.helper.HelperRequests.HelperBody;
import org.jinguo.care.helper.HelperRequests.LeavingBody;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.openapi.Creates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Helpers", description = "Good helpers (好助手) supporting caring mothers or children, and what they are attached to")
@RequiredArgsConstructor
class HelperController {

    private final HelperService helpers;

    @PostMapping("/api/v1/helpers")
    @Creates
    @Operation(summary = "Register a helper", description = "Name and phone sealed, answered masked. Accepts Idempotency-Key.")
    ResponseEntity<HelperView> register(@Valid @RequestBody HelperBody body) {
        HelperView helper = helpers.register(body.id(), body.kind(), new HelperPersonalData(body.name().strip(), body.phone()),
                body.accountSubject(), body.townCode(), body.registeredOn());
        return ResponseEntity.created(URI.create("/api/v1/helpers/" + helper.id())).body(helper);
    }

    @GetMapping("/api/v1/helpers")
    @Operation(summary = "Helpers, masked")
    Page<HelperView> helpers(@RequestParam(required = false) @TownCode String townCode,
                             @RequestParam(required = false) HelperKind kind, PageQuery page) {
        return helpers.helpers(townCode, kind, page);
    }

    @GetMapping("/api/v1/helpers/{id}")
    @Operation(summary = "One helper, masked")
    HelperView helper(@PathVariable UUID id) {
        return helpers.one(id);
    }

    @PostMapping("/api/v1/helpers/{id}/leaving")
    @Operation(summary = "Record that the helper left", description = "Detaches her from everything on that day.")
    HelperView leave(@PathVariable UUID id, @Valid @RequestBody LeavingBody body) {
        return helpers.leave(id, body.leftOn());
    }

    @PostMapping("/api/v1/helpers/{id}/attachments")
    @Creates
    @Operation(operationId = "attachHelper",
            summary = "Attach the helper to a caring mother or a child", description = "Exactly one of motherId and childId. Attached "
            + "to a mother, she may log visits for the mother's matched children.")
    ResponseEntity<Attachment> attach(@PathVariable UUID id, @Valid @RequestBody AttachmentBody body) {
        Attachment attachment = helpers.attach(id, body.motherId(), body.childId(), body.attachedOn());
        return ResponseEntity.created(URI.create("/api/v1/helper-attachments/" + attachment.id())).body(attachment);
    }

    @GetMapping("/api/v1/helpers/{id}/attachments")
    @Operation(summary = "What the helper is and was attached to")
    List<Attachment> attachments(@PathVariable UUID id) {
        return helpers.attachments(id);
    }

    @PostMapping("/api/v1/helper-attachments/{id}/detachment")
    @Operation(operationId = "detachHelper", summary = "End an attachment on a day")
    Attachment detach(@PathVariable UUID id, @Valid @RequestBody DetachmentBody body) {
        return helpers.detach(id, body.detachedOn());
    }
}
