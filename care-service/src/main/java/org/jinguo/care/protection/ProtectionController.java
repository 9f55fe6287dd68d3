package org.jinguo.care.protection;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.protection.PersonalDataAccessRepository.Access;
import org.jinguo.care.protection.ProtectionService.KeyStatus;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Protection", description = "How personal data is protected: master keys in use, and the log of every reveal")
@RequiredArgsConstructor
class ProtectionController {

    private final ProtectionService protection;

    @GetMapping("/api/v1/protection/keys")
    @Operation(operationId = "getProtectionKeyStatus",
            summary = "Which master key wraps how many data keys", description = "After a rotation, every count should be under the "
            + "current master key id before the retired key is removed from configuration. Key ids are one-way fingerprints.")
    KeyStatus keys() {
        return protection.keyStatus();
    }

    @GetMapping("/api/v1/personal-data-accesses")
    @Operation(summary = "The reveals of personal data, newest first", description = "Who revealed which record's personal data, when, "
            + "and for what stated purpose. Filter by recordId.")
    Page<Access> accesses(@RequestParam(required = false) UUID recordId, PageQuery page) {
        return protection.accesses(recordId, page);
    }
}
