package org.jinguo.training.mentor;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.time.BusinessDates;

/** An agreement as the API shows it, with its status today. */
record AgreementView(UUID id, UUID mentorId, AgreementKind kind, String partyKind, UUID villageId, String enterpriseName, String townCode,
                     LocalDate signedOn, LocalDate endsOn, LocalDate terminatedOn, AgreementStatus status, String summary, long version) {

    static AgreementView of(Agreement agreement) {
        AgreementParty party = agreement.party();
        return new AgreementView(agreement.id(), agreement.mentorId(), agreement.kind(), party.village() ? "VILLAGE" : "ENTERPRISE",
                party.villageId(), party.enterpriseName(), party.townCode(), agreement.signedOn(), agreement.endsOn(),
                agreement.terminatedOn(), agreement.statusOn(BusinessDates.today()), agreement.summary(), agreement.version());
    }
}
