package org.jinguo.care.referral;

import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.child.Child;
import org.jinguo.care.child.ChildService;
import org.jinguo.care.child.ConsentKind;
import org.jinguo.care.child.SharingWithdrawn;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.etag.Versions;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.Caller;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of cases to partner agencies. Staff refer a case only while the guardian's consent to
 * share holds; the agency sees and answers only its own referrals, and only while that consent
 * still holds; a withdrawn consent withdraws the open referrals at once.
 */
@Service
@Transactional
@RequiredArgsConstructor
class ReferralService {

    private final ReferralRepository referrals;
    private final ChildService children;
    private final AuditTrail audit;

    Referral refer(UUID childId, String partnerClientId, ReferralKind kind) {
        Child child = children.staffChild(childId);
        TownScope.requireActsIn(child.profile().townCode());
        if (!child.consent(ConsentKind.SHARING).holdsOn(BusinessDates.today())) {
            throw ApiException.conflict("NO_SHARING_CONSENT", child.caseNumber());
        }
        if (referrals.openFor(childId, partnerClientId)) {
            throw ApiException.conflict("ALREADY_REFERRED", child.caseNumber(), partnerClientId);
        }
        Referral referral = new Referral(UuidV7.next(), childId, partnerClientId, kind, BusinessDates.today(), Caller.current().subject(),
                ReferralStatus.SENT, null, child.profile().townCode(), 1);
        referrals.insert(referral);
        audit.record("referral.sent", "referral", referral.id(), null, referral);
        return referral;
    }

    /** The agency accepts or declines one of its referrals. */
    Referral answer(UUID id, long expectedVersion, ReferralStatus answer) {
        Referral referral = ownReferral(id);
        Versions.requireUnchanged(referral.version(), expectedVersion);
        if (referral.status() != ReferralStatus.SENT) {
            throw ApiException.conflict("REFERRAL_STATUS", id, referral.status());
        }
        Referral answered = referral.answered(answer, BusinessDates.today());
        Versions.requireWritten(referrals.answer(answered, expectedVersion));
        audit.record("referral.answered", "referral", id, referral, answered);
        return answered;
    }

    @EventListener
    void on(SharingWithdrawn withdrawn) {
        referrals.withdrawOpen(withdrawn.childId(), withdrawn.on());
    }

    /** A partner lists its own referrals of cases whose consent to share still holds; staff list their town's. */
    @Transactional(readOnly = true)
    Page<Referral> referrals(UUID childId, ReferralStatus status, String townCode, PageQuery query) {
        Caller caller = Caller.current();
        if (caller.isPartner()) {
            return Page.of(referrals.search(caller.subject(), childId, status, townCode, query.offset(), query.size()), query,
                    referrals.count(caller.subject(), childId, status, townCode));
        }
        String town = TownScope.listFilter(townCode);
        return Page.of(referrals.search(null, childId, status, town, query.offset(), query.size()), query,
                referrals.count(null, childId, status, town));
    }

    private Referral ownReferral(UUID id) {
        Referral referral = referrals.find(id).orElseThrow(() -> ApiException.notFound("REFERRAL_NOT_FOUND", id));
        if (!referral.partnerClientId().equals(Caller.current().subject()) || !children.sharedWithPartners(referral.childId())) {
            throw ApiException.notFound("REFERRAL_NOT_FOUND", id);
        }
        return referral;
    }
}
