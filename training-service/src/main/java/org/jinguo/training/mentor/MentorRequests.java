package org.jinguo.training.mentor;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.values.TownCode;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the mentors API accepts. */
final class MentorRequests {

    private MentorRequests() {
    }

    /**
     * @param id       optional: an offline-capable client may choose the id
     * @param townCode optional: a mentor without a town works city-wide
     * @param personId optional: her person record, when she also trains with the academy
     */
    record MentorBody(
            UUID id,
            @NotBlank @Size(max = 100) @PlainText String nameZh,
            @Size(max = 200) @PlainText String expertise,
            @Size(max = 200) @PlainText String organization,
            @TownCode String townCode,
            UUID personId,
            @NotNull LocalDate joinedOn) {

        Mentor toMentor() {
            return new Mentor(id == null ? UuidV7.next() : id, nameZh, expertise, organization, townCode, personId, joinedOn, 1);
        }
    }

    /**
     * @param villageId      the village party (its town follows), or
     * @param enterpriseName the enterprise party, with {@code townCode} where it is (optional)
     */
    record AgreementBody(
            UUID id,
            @NotNull AgreementKind kind,
            UUID villageId,
            @Size(max = 200) @PlainText String enterpriseName,
            @TownCode String townCode,
            @NotNull LocalDate signedOn,
            LocalDate endsOn,
            @Size(max = 2000) @PlainText String summary) {

        AgreementParty toParty() {
            boolean enterprise = enterpriseName != null && !enterpriseName.isBlank();
            if ((villageId == null) == !enterprise) {
                throw ApiException.invalid("villageId", "VILLAGE_OR_ENTERPRISE");
            }
            if (villageId != null && townCode != null) {
                throw ApiException.invalid("townCode", "VILLAGE_GIVES_TOWN");
            }
            if (endsOn != null && endsOn.isBefore(signedOn)) {
                throw ApiException.invalid("endsOn", "ENDS_BEFORE_SIGNED");
            }
            return new AgreementParty(villageId, enterprise ? enterpriseName : null, townCode);
        }
    }

    record TerminationBody(@NotNull LocalDate terminatedOn) {
    }
}
