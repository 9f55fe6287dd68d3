package org.jinguo.training.mentor;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.time.BusinessDates;
import org.jspecify.annotations.Nullable;

/** An agreement as the API shows it, with its status today. */
record AgreementView(UUID id, UUID mentorId, AgreementKind kind, String partyKind, @Nullable UUID villageId,
                     @Nullable String enterpriseName, @Nullable String townCode, LocalDate signedOn, @Nullable LocalDate endsOn,
                     @Nullable LocalDate terminatedOn, AgreementStatus status, @Nullable String summary, long version) {

    static AgreementView of(Agreement agreement) {
        AgreementParty party = agreement.party();
        return new AgreementView(agreement.id(), agreement.mentorId(), agreement.kind(), party.village() ? "VILLAGE" : "ENTERPRISE",
                party.villageId(), party.enterpriseName(), party.townCode(), agreement.signedOn(), agreement.endsOn(),
                agreement.terminatedOn(), agreement.statusOn(BusinessDates.today()), agreement.summary(), agreement.version());
    }
}
