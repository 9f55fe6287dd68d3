package org.jinguo.org.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.time.BusinessDates;
import org.jspecify.annotations.Nullable;

/** What the organisations API returns. */
final class OrganizationViews {

    private OrganizationViews() {
    }

    /** @param status the status today */
    record OrganizationView(UUID id, OrganizationType type, String nameZh, @Nullable String nameEn, @Nullable Industry industry,
                            @Nullable String townCode, @Nullable UUID villageId, @Nullable UUID parentId, @Nullable String address,
                            OrganizationStatus status, @Nullable LocalDate preparedOn, @Nullable LocalDate foundedOn,
                            @Nullable LocalDate dissolvedOn, long version) {

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
