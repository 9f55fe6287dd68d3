package org.jinguo.org.cadre;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.org.cadre.CadreRepository.CadreInTown;
import org.jinguo.web.time.BusinessDates;
import org.jspecify.annotations.Nullable;

/** What the cadres API returns. */
final class CadreViews {

    private CadreViews() {
    }

    /**
     * @param phone   masked (middle four digits hidden) unless the reader may see it in full
     * @param current whether the term runs today
     */
    record CadreView(UUID id, UUID organizationId, String townCode, String nameZh, CadrePost post, @Nullable String phone,
                     LocalDate termStartedOn, @Nullable LocalDate termEndedOn, boolean current, long version) {

        static CadreView of(CadreInTown found, boolean fullPhone) {
            Cadre cadre = found.cadre();
            return new CadreView(cadre.id(), cadre.organizationId(), found.townCode(), cadre.nameZh(), cadre.post(),
                    fullPhone ? cadre.phone() : cadre.maskedPhone(), cadre.termStartedOn(), cadre.termEndedOn(),
                    cadre.isCurrentOn(BusinessDates.today()), cadre.version());
        }
    }
}
