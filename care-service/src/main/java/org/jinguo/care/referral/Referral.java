package org.jinguo.care.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A case referred to a partner agency; it carries no personal data (the agency reads the case, masked, while consent holds). */
record Referral(UUID id, UUID childId, String partnerClientId, ReferralKind kind, LocalDate referredOn, String referredBy,
                ReferralStatus status, @Nullable LocalDate answeredOn, String townCode, long version) {

    Referral answered(ReferralStatus answer, LocalDate on) {
        return new Referral(id, childId, partnerClientId, kind, referredOn, referredBy, answer, on, townCode, version + 1);
    }
}
