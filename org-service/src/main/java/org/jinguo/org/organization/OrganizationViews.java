package org.jinguo.org.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.time.BusinessDates;

/** What the organisations API returns. */
final class OrganizationViews {

    private OrganizationViews() {
    }

    /** @param status the status today */
    record OrganizationView(UUID id, OrganizationType type, String nameZh, String nameEn, Industry industry, String townCode,
                            UUID villageId, UUID parentId, String address, OrganizationStatus status, LocalDate preparedOn,
                            LocalDate foundedOn, LocalDate dissolvedOn, long version) {

        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id(), o.type(), o.nameZh(), o.nameEn(), o.industry(), o.townCode(), o.villageId(),
                    o.parentId(), o.address(), o.statusOn(BusinessDates.today()), o.preparedOn(), o.foundedOn(), o.dissolvedOn(),
                    o.version());
        }
    }

    /** @param unitsHandedOver how many units the successor took over in the same call */
    record DissolutionView(OrganizationView organization, int unitsHandedOver) {
    }
}
