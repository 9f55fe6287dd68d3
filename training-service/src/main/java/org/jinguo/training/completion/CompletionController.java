package org.jinguo.training.completion;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.training.completion.CompletionService.CertificateCheck;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Completions", description = "Courses completed by their rule, and certificates anyone can verify")
@RequiredArgsConstructor
class CompletionController {

    private final CompletionService completions;

    @GetMapping("/api/v1/certificates/{number}")
    @Operation(summary = "Verify a completion certificate", description = "Open to anyone, without a token: the course, the dates, "
            + "and the holder's name masked. 404 for a number that was never issued.")
    @SecurityRequirements
    CertificateCheck certificate(@PathVariable String number) {
        return completions.verify(number);
    }

    @GetMapping("/api/v1/completions")
    @Operation(summary = "A woman's completed courses", description = "For whoever may see her record.")
    Page<CompletionView> ofPerson(@RequestParam UUID personId, PageQuery page) {
        return completions.ofPerson(personId, page).map(CompletionView::of);
    }

    record CompletionView(UUID id, UUID courseId, UUID personId, LocalDate completedOn, String certificateNumber, LocalDate issuedOn) {

        static CompletionView of(Completion completion) {
            return new CompletionView(completion.id(), completion.courseId(), completion.personId(), completion.completedOn(),
                    completion.certificateNumber().value(), completion.issuedOn());
        }
    }
}
