package org.jinguo.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A random data set over a few towns, its records of work dated 2016 to 2020 (ends, refunds and
 * second outcomes run on to 2023, before the year's set's period ends), with what makes figures go
 * wrong: ended coverage, cancelled sessions, women with two outcomes (the latest with both
 * incomes counts) or none with an income before, refunds dated after their sale, closed
 * workshops, withdrawn mothers, cancelled and never-enrolled cover, money donations, families at
 * several activities, records outside any period asked, and records on the first and last days of
 * the {@link #PERIODS} a test asks for. Its report is computed by {@link ExpectedReport}.
 */
public final class RandomDataSet {

    public static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);

    /** Both days inclusive. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** The periods whose first and last days the set puts records on. */
    public static final List<Period> PERIODS = List.of(new Period(FIRST_DAY, LAST_DAY),
            new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)),
            new Period(LocalDate.of(2018, 3, 1), LocalDate.of(2019, 2, 28)),
            new Period(LocalDate.of(2019, 7, 1), LocalDate.of(2020, 6, 30)));

    private final DataSetBuilder set;
    private final List<String> towns;

    private RandomDataSet(long seed, int townCount) {
        this.set = new DataSetBuilder(name(seed), seed, 'Q', "186", Math.floorMod(seed, 10_000L) * 10_000);
        List<String> all = new ArrayList<>(DataSetBuilder.TOWNS.keySet());
        Collections.shuffle(all, set.random);
        this.towns = List.copyOf(all.subList(0, townCount));
    }

    /** @param townCount at least 3 */
    public static DataSet generate(long seed, int townCount) {
        if (townCount < 3 || townCount > DataSetBuilder.TOWNS.size()) {
            throw new IllegalArgumentException("townCount must be between 3 and " + DataSetBuilder.TOWNS.size());
        }
        RandomDataSet random = new RandomDataSet(seed, townCount);
        for (String town : random.towns) {
            random.organisations(town);
            random.training(town);
            random.commerce(town);
            random.care(town);
            random.onFirstAndLastDays(town);
        }
        random.cityWide();
        return random.set.build(name(seed));
    }

    private static String name(long seed) {
        return "random-" + Long.toHexString(seed);
    }

    public static List<String> towns(DataSet data) {
        return data.org().federations().stream().filter(f -> f.type().equals("TOWN")).map(OrgData.Federation::townCode).toList();
    }

    private int between(int least, int most) {
        return least + set.random.nextInt(most - least + 1);
    }

    private LocalDate day() {
        return set.dayBetween(FIRST_DAY, LAST_DAY);
    }

    private void organisations(String town) {
        set.townFederation(town);
        set.industryFederation("E_COMMERCE", "电商", town, set.dayBetween(FIRST_DAY, LocalDate.of(2019, 6, 30)));
        for (int i = 0, units = between(5, 10); i < units; i++) {
            LocalDate registered = day();
            OrgData.Unit unit = set.unit(town, i % 2 == 0 ? "NEW_ECONOMIC_ORGANIZATION" : "NEW_EMPLOYMENT_GROUP", "E_COMMERCE", registered);
            if (set.random.nextInt(6) == 0) {
                continue;
            }
            LocalDate started = registered.plusDays(between(0, 90));
            LocalDate ended = set.random.nextInt(3) == 0 ? started.plusDays(between(1, 700)) : null;
            set.coverage(unit, set.townFederation(town), "STANDALONE", started, ended);
        }
    }

    private void training(String town) {
        TrainingData.Course skills = set.course("SKILLS", DataSetBuilder.TOWNS.get(town) + "五金电商技能培训", town);
        List<TrainingData.Session> held = new ArrayList<>();
        for (int i = 0, sessions = between(3, 6); i < sessions; i++) {
            TrainingData.Session session = set.session(skills, day(), false, 0, i > 0 && set.random.nextInt(4) == 0);
            if (!session.cancelled()) {
                held.add(session);
            }
        }
        TrainingData.Course lectures = set.course("FAMILY_EDUCATION", DataSetBuilder.TOWNS.get(town) + "家庭教育讲座", town);
        for (int i = 0, sessions = between(1, 3); i < sessions; i++) {
            set.session(lectures, day(), false, 0, set.random.nextInt(4) == 0);
        }
        set.session(lectures, day(), true, between(20, 400), false);

        List<TrainingData.Person> women = new ArrayList<>();
        for (int i = 0, count = between(5, 10); i < count; i++) {
            TrainingData.Person woman = set.person(town);
            women.add(woman);
            TrainingData.Session session = held.get(set.random.nextInt(held.size()));
            set.attend(session, woman);
            if (set.random.nextInt(10) < 3) {
                continue;
            }
            LocalDate started = session.day().plusDays(between(5, 200));
            Long before = set.random.nextInt(5) == 0 ? null : 150_000L + set.random.nextInt(200_000);
            set.outcome(woman, skills, started, before, 300_000L + set.random.nextInt(300_000));
            if (set.random.nextInt(5) == 0) {
                Long laterBefore = set.random.nextInt(3) == 0 ? null : 200_000L + set.random.nextInt(100_000);
                set.outcome(woman, skills, started.plusDays(between(30, 300)), laterBefore, 400_000L + set.random.nextInt(300_000));
            }
        }

        TrainingData.Mentor mentor = set.mentor("品牌设计", town, FIRST_DAY);
        for (int i = 0, agreements = between(1, 3); i < agreements; i++) {
            set.agreement(mentor, "BRAND_SHARING", town, day());
        }
        set.competition(DataSetBuilder.TOWNS.get(town) + "巾帼技能比武", town, day(), women.subList(0, between(2, 4)));
    }

    private void commerce(String town) {
        List<CommerceData.Workshop> workshops = new ArrayList<>();
        for (int i = 0, count = between(2, 3); i < count; i++) {
            LocalDate opened = day();
            workshops.add(set.workshop(town, "WORKSHOP", opened, i == 0 ? opened.plusDays(between(30, 900)) : null));
        }
        for (int i = 0, markets = between(1, 3); i < markets; i++) {
            set.marketEvent("MARKET", DataSetBuilder.TOWNS.get(town) + "共富集市", town, day(),
                    List.of(amounts(2), amounts(between(1, 3))));
        }
        livestream(set.workshopAccount("DOUYIN", workshops.get(workshops.size() - 1)));
    }

    private void care(String town) {
        for (int i = 0, mothers = between(3, 6); i < mothers; i++) {
            LocalDate registered = day();
            set.mother(town, registered, set.random.nextInt(3) == 0 ? registered.plusDays(between(1, 800)) : null);
        }
        for (int i = 0, women = between(3, 5); i < women; i++) {
            int year = between(2017, 2019);
            DataSetBuilder.Woman woman = set.woman(year - between(20, 60));
            LocalDate applied = set.dayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
            LocalDate enrolled = set.random.nextInt(6) == 0 ? null : applied.plusDays(between(1, 30));
            LocalDate cancelled = enrolled != null && set.random.nextInt(5) == 0 ? enrolled.plusDays(between(1, 100)) : null;
            set.insurance(woman, year, town, applied, enrolled, cancelled);
            if (set.random.nextBoolean()) {
                LocalDate again = LocalDate.of(year + 1, 1, between(2, 28));
                set.insurance(woman, year + 1, town, again, again.plusDays(3), null);
            }
        }
        set.donation(true, town, between(1, 500_000), day());
        set.donation(false, town, between(1, 500_000), day());

        List<CareData.Household> households = new ArrayList<>();
        for (int i = 0, count = between(4, 8); i < count; i++) {
            households.add(set.household(town, FIRST_DAY.minusDays(1)));
        }
        String[] kinds = {"PARENT_CHILD", "SUMMER_CARE", "PARENT_CHILD", "FAMILY_EDUCATION"};
        for (int i = 0, activities = between(2, 4); i < activities; i++) {
            List<CareData.Household> participants = new ArrayList<>(households);
            Collections.shuffle(participants, set.random);
            set.activity(kinds[i], town, day(), participants.subList(0, between(1, participants.size())));
        }
    }

    private void cityWide() {
        set.marketEvent("EXPO", "永康农博会", null, day(), List.of(amounts(2), amounts(2)));
        livestream(set.brandAccount("KUAISHOU", "永康好物"));
        set.donation(true, null, between(1, 800_000), day());
        set.industryFederation("INTERNET", "网络直播", null, set.dayBetween(FIRST_DAY, LocalDate.of(2019, 6, 30)));
    }

    private void livestream(CommerceData.LivestreamAccount account) {
        for (int s = 0; s < 2; s++) {
            LocalDate day = set.dayOnAir(account, FIRST_DAY, LAST_DAY);
            List<CommerceData.OnlineRecord> records = new ArrayList<>();
            for (long amount : amounts(3)) {
                records.add(new CommerceData.OnlineRecord(set.externalId("online"), false, amount, 1, day));
            }
            records.add(new CommerceData.OnlineRecord(set.externalId("refund"), true, records.get(0).amountFen(), 1,
                    day.plusDays(between(0, 20))));
            set.livestreamSession(account, day, records);
        }
    }

    /**
     * Records on a period's first or last day, where an off-by-one in a definition shows: what
     * ends on {@code to} (coverage still counts, a closed workshop or withdrawn mother no longer),
     * what starts on it, a refund on {@code from} of a sale before it, cover cancelled on
     * {@code from}.
     */
    private void onFirstAndLastDays(String town) {
        Period coverageEnds = period();
        OrgData.Unit covered = set.unit(town, "NEW_SOCIAL_ORGANIZATION", "SOCIAL_SERVICES", coverageEnds.from().minusDays(40));
        set.coverage(covered, set.townFederation(town), "STANDALONE", coverageEnds.from().minusDays(30), coverageEnds.to());
        Period coverageStarts = period();
        OrgData.Unit starting = set.unit(town, "NEW_SOCIAL_ORGANIZATION", "SOCIAL_SERVICES", coverageStarts.to().minusDays(10));
        set.coverage(starting, set.townFederation(town), "REGIONAL_JOINT", coverageStarts.to(), null);

        Period sessions = period();
        TrainingData.Course course = set.course("SKILLS", DataSetBuilder.TOWNS.get(town) + "家政服务技能培训", town);
        TrainingData.Session first = set.session(course, sessions.from(), false, 0, false);
        set.session(course, sessions.to(), false, 0, false);
        TrainingData.Person woman = set.person(town);
        set.attend(first, woman);
        set.outcome(woman, course, sessions.to(), 180_000L, 420_000L);

        Period workshops = period();
        set.workshop(town, "PROCESSING_POINT", workshops.from().minusDays(100), workshops.to());
        set.workshop(town, "WORKSHOP", period().to(), null);
        Period refunds = period();
        CommerceData.Workshop onAir = set.workshop(town, "WORKSHOP", FIRST_DAY.minusDays(200), null);
        LocalDate sold = refunds.from().minusDays(3);
        set.livestreamSession(set.workshopAccount("KUAISHOU", onAir), sold, List.of(
                new CommerceData.OnlineRecord(set.externalId("online"), false, 880_000, 2, sold),
                new CommerceData.OnlineRecord(set.externalId("refund"), true, 440_000, 1, refunds.from())));

        Period mothers = period();
        set.mother(town, mothers.from(), mothers.to());
        set.mother(town, period().to(), null);
        Period cover = PERIODS.get(2 + set.random.nextInt(2));
        LocalDate enrolled = cover.from().minusDays(20);
        set.insurance(set.woman(cover.from().getYear() - 40), cover.from().getYear(), town, enrolled.minusDays(5), enrolled, cover.from());
        set.donation(true, town, 123_400, period().to());
    }

    private Period period() {
        return PERIODS.get(set.random.nextInt(PERIODS.size()));
    }

    private List<Long> amounts(int count) {
        List<Long> amounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            amounts.add(1L + set.random.nextInt(2_000_000));
        }
        return amounts;
    }
}
