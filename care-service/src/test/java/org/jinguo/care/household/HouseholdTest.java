package org.jinguo.care.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A household's record holds no personal data; its head's, and a visit's notes, are shown masked or not at all. */
class HouseholdTest {

    @Test
    void theHeadsNameIsShownByItsEndsTheAddressHiddenAndThePhoneByItsEnds() {
        HouseholdPersonalData masked = new HouseholdPersonalData("仙建国", "仙居县城关镇1号", "13905790088").masked();

        assertThat(masked).isEqualTo(new HouseholdPersonalData("仙*国", "***", "139****0088"));
    }

    @Test
    void whatWasNotGivenStaysEmptyAndAPhoneThatIsNoMobileIsHidden() {
        assertThat(new HouseholdPersonalData("仙丽", null, null).masked()).isEqualTo(new HouseholdPersonalData("仙*", null, null));
        assertThat(new HouseholdPersonalData("仙丽", null, "0576-8888").masked().phone()).isEqualTo("***");
    }

    @Test
    void aVisitIsAnsweredAndAuditedWithoutItsNotes() {
        HardshipVisit visit = new HardshipVisit(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2025, 1, 5), "staff-xu", SupportKind.GOODS,
                "孩子学费有困难", "XIANJU");

        assertThat(visit.withoutNotes().notes()).isNull();
        assertThat(visit.withoutNotes()).usingRecursiveComparison().ignoringFields("notes").isEqualTo(visit);
    }
}
