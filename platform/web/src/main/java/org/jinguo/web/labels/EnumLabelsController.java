package org.jinguo.web.labels;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/labels/{service}}: the zh-CN and en labels of every enumeration code the
 * service uses, so front ends can show codes in either language.
 */
@RestController
@Tag(name = "Labels", description = "The zh-CN and English labels of the enumerations the service answers with")
@RequiredArgsConstructor
public class EnumLabelsController {

    private final EnumLabelCatalog catalog;

    @GetMapping("/api/v1/labels/${jinguo.service.code}")
    @Operation(summary = "zh-CN and en labels of every enumeration code of this service, keyed by the enumeration's schema name")
    @SecurityRequirements
    public ResponseEntity<Map<String, List<EnumLabelCatalog.Label>>> labels() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(catalog.labels());
    }
}
