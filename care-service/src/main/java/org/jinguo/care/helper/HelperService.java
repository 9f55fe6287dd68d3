package org.jinguo.care.helper;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.child.ChildService;
import org.jinguo.care.mother.MotherService;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.reference.KnownRegions;
import org.jinguo.audit.AuditTrail;
import org.jinguo.web.ids.UuidV7;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.security.TownScope;
import org.jinguo.web.time.BusinessDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Helpers and what they are attached to: a caring mother (then her matched children too) or a child. */
@Service
@Transactional
@RequiredArgsConstructor
class HelperService {

    private static final String SEALED_AS = "helper";

    private final HelperRepository helpers;
    private final PersonalDataVault vault;
    private final MotherService mothers;
    private final ChildService children;
    private final KnownRegions regions;
    private final AuditTrail audit;

    HelperView register(UUID requestedId, HelperKind kind, HelperPersonalData personal, String accountSubject, String townCode,
                        LocalDate registeredOn) {
        TownScope.requireActsIn(townCode);
        if (!regions.townExists(townCode)) {
            throw ApiException.invalid("townCode", "UNKNOWN_TOWN", townCode);
        }
        LocalDate on = registeredOn == null ? BusinessDates.today() : registeredOn;
        if (on.isAfter(BusinessDates.today())) {
            throw ApiException.invalid("registeredOn", "IN_THE_FUTURE");
        }
        UUID id = requestedId == null ? UuidV7.next() : requestedId;
        if (helpers.exists(id)) {
            throw ApiException.conflict("HELPER_ID_TAKEN", id);
        }
        if (helpers.accountTaken(accountSubject)) {
            throw ApiException.conflict("ACCOUNT_TAKEN");
        }
        Helper helper = new Helper(id, kind, accountSubject, townCode, on, null, 1);
        helpers.insert(helper, vault.sealNew(id, SEALED_AS, personal), personal.phone() == null ? null : vault.lookupHash(personal.phone()));
        HelperView view = HelperView.of(helper, personal.masked());
        audit.record("helper.registered", "helper", id, null, view);
        return view;
    }

    HelperView leave(UUID id, LocalDate leftOn) {
        Helper helper = helper(id);
        if (leftOn.isBefore(helper.registeredOn())) {
            throw ApiException.invalid("leftOn", "BEFORE_REGISTRATION", helper.registeredOn());
        }
        if (!helpers.leave(id, leftOn)) {
            throw ApiException.conflict("HELPER_LEFT", id);
        }
        for (Attachment attachment : helpers.attachments(id)) {
            if (attachment.detachedOn() == null) {
                helpers.detach(attachment.id(), leftOn.isBefore(attachment.attachedOn()) ? attachment.attachedOn() : leftOn);
            }
        }
        audit.record("helper.left", "helper", id, null, leftOn);
        return view(helper(id));
    }

    Attachment attach(UUID helperId, UUID motherId, UUID childId, LocalDate attachedOn) {
        Helper helper = helper(helperId);
        if (helper.leftOn() != null) {
            throw ApiException.conflict("HELPER_LEFT", helperId);
        }
        if ((motherId == null) == (childId == null)) {
            throw ApiException.invalid("motherId", "MOTHER_OR_CHILD");
        }
        if (motherId != null) {
            mothers.staffMother(motherId);
        } else {
            children.staffChild(childId);
        }
        if (helpers.attached(helperId, motherId, childId)) {
            throw ApiException.conflict("ALREADY_ATTACHED");
        }
        Attachment attachment = new Attachment(UuidV7.next(), helperId, motherId, childId, attachedOn, null);
        helpers.attach(attachment);
        audit.record("helper.attached", "helper-attachment", attachment.id(), null, attachment);
        return attachment;
    }

    Attachment detach(UUID attachmentId, LocalDate detachedOn) {
        Attachment attachment = helpers.attachment(attachmentId).orElseThrow(() -> ApiException.notFound("ATTACHMENT_NOT_FOUND", attachmentId));
        helper(attachment.helperId());
        if (detachedOn.isBefore(attachment.attachedOn())) {
            throw ApiException.invalid("detachedOn", "BEFORE_ATTACHED", attachment.attachedOn());
        }
        if (!helpers.detach(attachmentId, detachedOn)) {
            throw ApiException.conflict("ALREADY_DETACHED", attachmentId);
        }
        audit.record("helper.detached", "helper-attachment", attachmentId, attachment, detachedOn);
        return helpers.attachment(attachmentId).orElseThrow();
    }

    @Transactional(readOnly = true)
    HelperView one(UUID id) {
        return view(helper(id));
    }

    @Transactional(readOnly = true)
    List<Attachment> attachments(UUID helperId) {
        return helpers.attachments(helper(helperId).id());
    }

    @Transactional(readOnly = true)
    Page<HelperView> helpers(String townCode, HelperKind kind, PageQuery query) {
        String town = TownScope.listFilter(townCode);
        return helpers.search(town, kind, query).map(this::view);
    }

    private Helper helper(UUID id) {
        return TownScope.requireVisible(helpers.find(id), Helper::townCode, () -> ApiException.notFound("HELPER_NOT_FOUND", id));
    }

    private HelperView view(Helper helper) {
        return HelperView.of(helper, vault.open(helper.id(), SEALED_AS, helpers.sealedPersonal(helper.id()), HelperPersonalData.class)
                .map(HelperPersonalData::masked).orElse(null));
    }
}
