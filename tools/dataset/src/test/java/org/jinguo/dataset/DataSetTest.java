package org.jinguo.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DataSetTest {

    private static final LocalDate FROM = YearDataSet.FIRST_DAY;
    private static final LocalDate TO = YearDataSet.LAST_DAY;

    @Test
    void theYearsSetImpliesTheDocumentedReportInsideDomainRanges() {
        Report report = ExpectedReport.of(YearDataSet.full(), FROM, TO, null);

        assertThat(report.figure("organizations", "newDomainUnitsCovered")).isEqualTo(1136);
        assertThat(report.figure("organizations", "industryFederations")).isEqualTo(2);
        assertThat(report.figure("training", "skillsSessionsHeld")).isEqualTo(163);
        assertThat(report.figure("training", "womenEmployed")).isEqualTo(1046).isBetween(1001L, 1099L);
        assertThat(report.figure("training", "averageYearlyIncomeRiseFen")).isEqualTo(3_600_000).isBetween(3_550_000L, 3_649_999L);
        assertThat(report.figure("training", "mentors")).isEqualTo(5);
        assertThat(report.figure("training", "mentorAgreements")).isEqualTo(12);
        assertThat(report.figure("training", "competitionContestants")).isEqualTo(20);
        assertThat(report.figure("training", "familyEducationLectures")).isEqualTo(10);
        assertThat(report.figure("training", "onlineViewers")).isEqualTo(1500);
        assertThat(report.figure("commerce", "marketEvents")).isEqualTo(13);
        assertThat(report.figure("commerce", "marketConsumptionFen")).isEqualTo(165_983_200).isBetween(160_000_000L, 169_999_999L);
        assertThat(report.figure("commerce", "onlineConsumptionFen")).isEqualTo(428_650_000).isBetween(410_000_001L, 449_999_999L);
        assertThat(report.figure("commerce", "expoTurnoverFen")).isEqualTo(6_268_000_000L).isBetween(6_000_000_001L, 6_499_999_999L);
        assertThat(report.figure("commerce", "workshops")).isEqualTo(48);
        assertThat(report.figure("care", "caringMothers")).isEqualTo(305);
        assertThat(report.figure("care", "insuredWomen")).isEqualTo(377);
        assertThat(report.figure("care", "donatedSuppliesFen")).isEqualTo(23_260_000);
        assertThat(report.figure("care", "householdsServed")).isEqualTo(1168).isBetween(1151L, 1199L);
        assertThat(report.figure("care", "parentChildActivities")).isEqualTo(103);
    }

    @Test
    void theReducedSetImpliesItsCommittedReport() throws Exception {
        Report expected;
        try (InputStream fixture = getClass().getResourceAsStream("/year-reduced-report.json")) {
            expected = Report.of(JsonMapper.shared().readTree(fixture));
        }

        assertThat(ReportCheck.differences(expected, ExpectedReport.of(YearDataSet.reduced(), FROM, TO, null), null)).isEmpty();
    }

    @Test
    void theYearsRecordsOfWorkAreDatedInsideItsPeriodAndNumbersAreDistinct() {
        DataSet year = YearDataSet.full();
        List<LocalDate> dates = new ArrayList<>();
        year.org().units().forEach(unit -> dates.add(unit.registeredOn()));
        year.org().coverages().forEach(coverage -> dates.add(coverage.endedOn() == null ? coverage.startedOn() : coverage.endedOn()));
        year.training().agreements().forEach(agreement -> dates.add(agreement.signedOn()));
        year.training().competitions().forEach(competition -> dates.add(competition.heldOn()));
        year.commerce().workshops().forEach(workshop -> dates.add(workshop.closedOn() == null ? workshop.openedOn() : workshop.closedOn()));
        year.care().insurances().forEach(insurance -> dates.add(insurance.enrolledOn() == null ? insurance.appliedOn() : insurance.enrolledOn()));
        year.care().donations().forEach(donation -> dates.add(donation.receivedOn()));
        year.training().sessions().forEach(session -> dates.add(session.day()));
        year.training().outcomes().forEach(outcome -> dates.add(outcome.startedOn()));
        year.commerce().marketEvents().forEach(event -> dates.add(event.heldOn()));
        year.commerce().livestreamSessions().forEach(session -> session.records().forEach(record -> dates.add(record.on())));
        year.care().mothers().forEach(mother -> dates.add(mother.withdrawnOn() == null ? mother.registeredOn() : mother.withdrawnOn()));
        year.care().activities().forEach(activity -> dates.add(activity.heldOn()));

        assertThat(dates).allSatisfy(day -> assertThat(day).isBetween(FROM, TO));
        Set<String> creditCodes = new HashSet<>();
        year.org().units().forEach(unit -> creditCodes.add(unit.creditCode()));
        assertThat(creditCodes).hasSize(year.org().units().size());
        Set<String> phones = new HashSet<>();
        year.training().people().forEach(person -> phones.add(person.phone()));
        assertThat(phones).hasSize(year.training().people().size());
    }

    @Test
    void randomSetsAreMadeOfRecordsTheServicesTake() {
        for (long seed = 0; seed < 300; seed++) {
            DataSet data = RandomDataSet.generate(seed, 3);
            Map<UUID, CommerceData.Workshop> workshops = new HashMap<>();
            data.commerce().workshops().forEach(workshop -> workshops.put(workshop.id(), workshop));
            for (CommerceData.LivestreamSession session : data.commerce().livestreamSessions()) {
                CommerceData.LivestreamAccount account = data.commerce().accounts().stream()
                        .filter(candidate -> candidate.id().equals(session.accountId())).findFirst().orElseThrow();
                CommerceData.Workshop workshop = workshops.get(account.ownerWorkshopId());
                if (workshop != null) {
                    assertThat(session.day()).as("on air while the workshop is open").isAfterOrEqualTo(workshop.openedOn());
                    assertThat(workshop.closedOn() == null || session.day().isBefore(workshop.closedOn())).isTrue();
                }
            }
            assertThat(data.care().insurances()).allSatisfy(insurance -> assertThat(insurance.cancelledOn() == null
                    || insurance.enrolledOn() != null).as("only cover that began is cancelled").isTrue());
            Set<String> womanYears = new HashSet<>();
            data.care().insurances().forEach(insurance -> assertThat(womanYears.add(insurance.idNumber() + insurance.year()))
                    .as("one enrolment per woman and year").isTrue());
            Set<String> outcomeDays = new HashSet<>();
            data.training().outcomes().forEach(outcome -> assertThat(outcomeDays.add(outcome.personId() + "" + outcome.startedOn()))
                    .as("no two outcomes of one woman start the same day").isTrue());
            Set<String> accounts = new HashSet<>();
            YearDataSet.reduced().commerce().accounts().forEach(account -> accounts.add(account.platform() + account.accountName()));
            data.commerce().accounts().forEach(account -> assertThat(accounts.add(account.platform() + account.accountName()))
                    .as("account names are unique on their platform").isTrue());
            assertThat(data.care().insurances().stream().map(CareData.Insurance::appliedOn)).allSatisfy(day -> assertThat(day)
                    .isBefore(LocalDate.now()));
        }
    }

    @Test
    void aRandomSetIsTheSameForTheSameSeedAndSpansAtLeastThreeTowns() {
        DataSet one = RandomDataSet.generate(42, 3);
        DataSet again = RandomDataSet.generate(42, 3);

        assertThat(again).isEqualTo(one);
        assertThat(RandomDataSet.towns(one)).hasSize(3);
        Report city = ExpectedReport.of(one, RandomDataSet.FIRST_DAY, RandomDataSet.LAST_DAY, null);
        long byTowns = RandomDataSet.towns(one).stream()
                .mapToLong(town -> ExpectedReport.of(one, RandomDataSet.FIRST_DAY, RandomDataSet.LAST_DAY, town).figure("care", "caringMothers"))
                .sum();
        assertThat(byTowns).isEqualTo(city.figure("care", "caringMothers"));
        assertThat(city.figure("commerce", "expoTurnoverFen")).as("the expo belongs to no town").isPositive();
    }
}
