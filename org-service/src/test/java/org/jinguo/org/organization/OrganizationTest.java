package org.jinguo.org.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static final LocalDate FOUNDED = LocalDate.of(2020, 3, 8);

    private final Organization city = found(OrganizationType.CITY, null, null, null);
    private final Organization gushan = found(OrganizationType.TOWN, "GUSHAN", null, city);
    private final Organization qiancang = found(OrganizationType.TOWN, "QIANCANG", null, city);
    private final Organization yantang = found(OrganizationType.VILLAGE, "GUSHAN", null, gushan);
    private final Organization express = found(OrganizationType.INDUSTRY, null, Industry.EXPRESS_DELIVERY, city);

    @Test
    void theTreeStandsCityTownVillageWithIndustryFederationsBeside() {
        assertThat(gushan.parentId()).isEqualTo(city.id());
        assertThat(yantang.parentId()).isEqualTo(gushan.id());
        assertThat(express.parentId()).isEqualTo(city.id());
    }

    @Test
    void aTypeStandsOnlyUnderTheTypesItMay() {
        assertRule(() -> found(OrganizationType.VILLAGE, "GUSHAN", null, city), "PARENT_TYPE_NOT_ALLOWED");
        assertRule(() -> found(OrganizationType.TOWN, "GUSHAN", null, gushan), "PARENT_TYPE_NOT_ALLOWED");
        assertRule(() -> found(OrganizationType.TOWN, "GUSHAN", null, null), "PARENT_REQUIRED");
    }

    @Test
    void aVillageOrganisationCannotStandUnderAnotherTownsOrganisation() {
        assertRule(() -> found(OrganizationType.VILLAGE, "GUSHAN", null, qiancang), "PARENT_IN_OTHER_TOWN");
        assertRule(() -> yantang.moveUnder(qiancang, false), "PARENT_IN_OTHER_TOWN");
        assertThat(yantang.parentId()).isEqualTo(gushan.id());
    }

    @Test
    void aMoveUnderItselfOrUnderItsOwnMemberIsRefused() {
        Organization logistics = found(OrganizationType.INDUSTRY, null, Industry.EXPRESS_DELIVERY, express);

        assertRule(() -> express.moveUnder(express, false), "MOVE_MAKES_CYCLE");
        assertRule(() -> express.moveUnder(logistics, true), "MOVE_MAKES_CYCLE");
        assertThat(express.parentId()).isEqualTo(city.id());
        assertThat(express.version()).isEqualTo(1);
    }

    @Test
    void aMoveToAnAllowedParentChangesTheParentAndTheVersion() {
        Organization internet = found(OrganizationType.INDUSTRY, null, Industry.INTERNET, city);

        internet.moveUnder(express, false);

        assertThat(internet.parentId()).isEqualTo(express.id());
        assertThat(internet.version()).isEqualTo(2);
    }

    @Test
    void theCityFederationDoesNotMoveAndNothingMovesUnderADissolvedOne() {
        assertRule(() -> city.moveUnder(gushan, false), "CITY_CANNOT_MOVE");
        qiancang.dissolve(LocalDate.of(2024, 1, 1));
        Organization internet = found(OrganizationType.INDUSTRY, null, Industry.INTERNET, city);
        assertRule(() -> internet.moveUnder(qiancang, false), "PARENT_DISSOLVED");
    }

    @Test
    void theStatusOnADayFollowsFromThePreparingFoundingAndDissolutionDates() {
        Organization college = Organization.found(UUID.randomUUID(), OrganizationType.UNIT, "永康五金技师学院妇联", null, null,
                "GUSHAN", null, null, gushan, OrganizationStatus.PREPARING, LocalDate.of(2024, 9, 1));

        college.activate(LocalDate.of(2025, 1, 10));
        college.dissolve(LocalDate.of(2025, 6, 1));

        assertThat(college.statusOn(LocalDate.of(2024, 8, 31))).isNull();
        assertThat(college.statusOn(LocalDate.of(2024, 9, 1))).isEqualTo(OrganizationStatus.PREPARING);
        assertThat(college.statusOn(LocalDate.of(2025, 1, 10))).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(college.isActiveOn(LocalDate.of(2025, 5, 31))).isTrue();
        assertThat(college.statusOn(LocalDate.of(2025, 6, 1))).isEqualTo(OrganizationStatus.DISSOLVED);
        assertThat(college.foundedOn()).isEqualTo(LocalDate.of(2025, 1, 10));
    }

    @Test
    void statusChangesGoForwardOnly() {
        Organization college = Organization.found(UUID.randomUUID(), OrganizationType.UNIT, "学院妇联", null, null,
                "GUSHAN", null, null, gushan, OrganizationStatus.PREPARING, LocalDate.of(2024, 9, 1));

        assertRule(() -> college.activate(LocalDate.of(2024, 8, 1)), "STATUS_DATE_BEFORE_LAST_CHANGE");
        college.activate(LocalDate.of(2024, 10, 1));
        assertRule(() -> college.activate(LocalDate.of(2024, 11, 1)), "ALREADY_FOUNDED");
        assertRule(() -> college.dissolve(LocalDate.of(2024, 9, 30)), "STATUS_DATE_BEFORE_LAST_CHANGE");
        college.dissolve(LocalDate.of(2030, 1, 1));
        assertRule(() -> college.revise("新名", null, null), "ORGANIZATION_DISSOLVED");
    }

    private static Organization found(OrganizationType type, String town, Industry industry, Organization parent) {
        return Organization.found(UUID.randomUUID(), type, type + "妇联", null, industry, town,
                type == OrganizationType.VILLAGE ? UUID.randomUUID() : null, null, parent, OrganizationStatus.ACTIVE, FOUNDED);
    }

    private static void assertRule(Runnable change, String code) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
