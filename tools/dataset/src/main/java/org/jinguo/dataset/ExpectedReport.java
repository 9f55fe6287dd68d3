package org.jinguo.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The report a data set implies, computed from its own records by docs/domain.md's definitions and
 * nothing else: the independent side of every comparison with what the platform answers. Both
 * dates are inclusive; a town of null is the whole city, records of no town included.
 */
public final class ExpectedReport {

    private final DataSet data;
    private final LocalDate from;
    private final LocalDate to;
    private final String town;

    private ExpectedReport(DataSet data, LocalDate from, LocalDate to, String town) {
        this.data = data;
        this.from = from;
        this.to = to;
        this.town = town;
    }

    public static Report of(DataSet data, LocalDate from, LocalDate to, String townCode) {
        ExpectedReport expected = new ExpectedReport(data, from, to, townCode);
        Map<String, Map<String, Long>> sections = new LinkedHashMap<>();
        sections.put("organizations", expected.organizations());
        sections.put("training", expected.training());
        sections.put("commerce", expected.commerce());
        sections.put("care", expected.care());
        return new Report(sections);
    }

    private Map<String, Long> organizations() {
        Map<UUID, OrgData.Unit> units = byId(data.org().units(), OrgData.Unit::id);
        long covered = data.org().coverages().stream()
                .filter(coverage -> !coverage.startedOn().isAfter(to) && (coverage.endedOn() == null || !coverage.endedOn().isBefore(to)))
                .map(OrgData.Coverage::unitId).distinct()
                .filter(unit -> inTown(units.get(unit).townCode())).count();
        long industryFederations = data.org().federations().stream()
                .filter(federation -> federation.type().equals("INDUSTRY") && !federation.foundedOn().isAfter(to) && inTown(federation.townCode()))
                .count();
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("newDomainUnitsCovered", covered);
        figures.put("industryFederations", industryFederations);
        return figures;
    }

    private Map<String, Long> training() {
        TrainingData training = data.training();
        Map<UUID, TrainingData.Course> courses = byId(training.courses(), TrainingData.Course::id);
        Map<UUID, TrainingData.Person> people = byId(training.people(), TrainingData.Person::id);
        List<TrainingData.Session> held = training.sessions().stream()
                .filter(session -> !session.cancelled() && inPeriod(session.day()) && inTown(courses.get(session.courseId()).townCode()))
                .toList();
        long skills = held.stream().filter(session -> courses.get(session.courseId()).category().equals("SKILLS")).count();
        long lectures = held.stream().filter(session -> courses.get(session.courseId()).category().equals("FAMILY_EDUCATION")).count();
        long viewers = held.stream().filter(TrainingData.Session::online).mapToLong(TrainingData.Session::viewerCount).sum();

        List<TrainingData.Outcome> outcomes = training.outcomes().stream()
                .filter(outcome -> inPeriod(outcome.startedOn()) && inTown(people.get(outcome.personId()).townCode())).toList();
        long employed = outcomes.stream().map(TrainingData.Outcome::personId).distinct().count();
        // The sets never start two outcomes of one woman on the same day, where the service would
        // take the one recorded last.
        Map<UUID, TrainingData.Outcome> latestWithIncomes = outcomes.stream()
                .filter(outcome -> outcome.monthlyIncomeBeforeFen() != null)
                .collect(Collectors.toMap(TrainingData.Outcome::personId, Function.identity(),
                        (one, other) -> other.startedOn().isAfter(one.startedOn()) ? other : one));
        long averageRise = 0;
        if (!latestWithIncomes.isEmpty()) {
            long monthlyRises = latestWithIncomes.values().stream()
                    .mapToLong(outcome -> outcome.monthlyIncomeAfterFen() - outcome.monthlyIncomeBeforeFen()).sum();
            averageRise = BigDecimal.valueOf(12 * monthlyRises).divide(BigDecimal.valueOf(latestWithIncomes.size()), 0, RoundingMode.HALF_UP)
                    .longValueExact();
        }

        List<TrainingData.Agreement> agreements = training.agreements().stream()
                .filter(agreement -> inPeriod(agreement.signedOn()) && inTown(agreement.townCode())).toList();
        long mentors = agreements.stream().map(TrainingData.Agreement::mentorId).distinct().count();
        long contestants = training.competitions().stream()
                .filter(competition -> inPeriod(competition.heldOn()) && inTown(competition.townCode()))
                .mapToLong(competition -> competition.contestantPersonIds().size()).sum();

        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("skillsSessionsHeld", skills);
        figures.put("womenEmployed", employed);
        figures.put("averageYearlyIncomeRiseFen", averageRise);
        figures.put("mentors", mentors);
        figures.put("mentorAgreements", (long) agreements.size());
        figures.put("competitionContestants", contestants);
        figures.put("familyEducationLectures", lectures);
        figures.put("onlineViewers", viewers);
        return figures;
    }

    private Map<String, Long> commerce() {
        CommerceData commerce = data.commerce();
        List<CommerceData.MarketEvent> events = commerce.marketEvents().stream()
                .filter(event -> inPeriod(event.heldOn()) && inTown(event.townCode())).toList();
        List<CommerceData.MarketEvent> markets = events.stream().filter(event -> event.kind().equals("MARKET")).toList();
        Map<UUID, CommerceData.LivestreamAccount> accounts = byId(commerce.accounts(), CommerceData.LivestreamAccount::id);
        long online = commerce.livestreamSessions().stream()
                .filter(session -> inTown(accounts.get(session.accountId()).townCode()))
                .flatMap(session -> session.records().stream())
                .filter(record -> inPeriod(record.on()))
                .mapToLong(record -> record.refund() ? -record.amountFen() : record.amountFen()).sum();
        long workshops = commerce.workshops().stream()
                .filter(workshop -> !workshop.openedOn().isAfter(to) && (workshop.closedOn() == null || workshop.closedOn().isAfter(to))
                        && inTown(workshop.townCode()))
                .count();

        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("marketEvents", (long) markets.size());
        figures.put("marketConsumptionFen", salesAt(markets));
        figures.put("onlineConsumptionFen", online);
        figures.put("expoTurnoverFen", salesAt(events.stream().filter(event -> event.kind().equals("EXPO")).toList()));
        figures.put("workshops", workshops);
        return figures;
    }

    private Map<String, Long> care() {
        CareData care = data.care();
        long mothers = care.mothers().stream()
                .filter(mother -> !mother.registeredOn().isAfter(to) && (mother.withdrawnOn() == null || mother.withdrawnOn().isAfter(to))
                        && inTown(mother.townCode()))
                .count();
        long insured = care.insurances().stream()
                .filter(insurance -> insurance.enrolledOn() != null && !insurance.enrolledOn().isAfter(to)
                        && !insurance.coverEndsOn().isBefore(from) && inTown(insurance.townCode()))
                .map(CareData.Insurance::idNumber).distinct().count();
        long supplies = care.donations().stream()
                .filter(donation -> donation.goods() && inPeriod(donation.receivedOn()) && inTown(donation.townCode()))
                .mapToLong(CareData.Donation::valueFen).sum();
        List<CareData.FamilyActivity> activities = care.activities().stream()
                .filter(activity -> inPeriod(activity.heldOn()) && inTown(activity.townCode())).toList();
        Set<UUID> households = new HashSet<>();
        activities.forEach(activity -> households.addAll(activity.householdIds()));
        long parentChild = activities.stream().filter(activity -> activity.kind().equals("PARENT_CHILD")).count();

        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("caringMothers", mothers);
        // The data sets make no matches: a match needs staff's decision on the platform's own proposal.
        figures.put("activeMatches", 0L);
        figures.put("insuredWomen", insured);
        figures.put("donatedSuppliesFen", supplies);
        figures.put("householdsServed", (long) households.size());
        figures.put("parentChildActivities", parentChild);
        return figures;
    }

    private static long salesAt(List<CommerceData.MarketEvent> events) {
        return events.stream().flatMap(event -> event.stalls().stream()).flatMap(stall -> stall.sales().stream())
                .mapToLong(CommerceData.StallSale::amountFen).sum();
    }

    private boolean inPeriod(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private boolean inTown(String recordTown) {
        return town == null || Objects.equals(town, recordTown);
    }

    private static <T> Map<UUID, T> byId(List<T> records, Function<T, UUID> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
