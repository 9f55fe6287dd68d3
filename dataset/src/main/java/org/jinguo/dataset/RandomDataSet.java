package org.jinguo.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A random data set over a few towns, dated 2016 to 2021 (before the year's set begins), with
 * what makes figures go wrong: ended coverage, cancelled sessions, women with two outcomes (the
 * latest counts) or none with an income before, refunds dated after their sale, closed
 * workshops, withdrawn mothers, cancelled cover, money donations, families at several activities,
 * and records outside any period asked. Its report is computed by {@link ExpectedReport}.
 */
public final class RandomDataSet {

    public static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);

    private final DataSetBuilder set;
    private final List<String> towns;

    private RandomDataSet(long seed, int townCount) {
        this.set = new DataSetBuilder("random-" + Long.toHexString(seed), seed, 'Q', "186", Math.floorMod(seed, 10_000L) * 10_000);
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
        }
        random.cityWide();
        return random.set.build("random-" + Long.toHexString(seed));
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
                set.outcome(woman, skills, started.plusDays(between(30, 300)), 200_000L + set.random.nextInt(100_000),
                        400_000L + set.random.nextInt(300_000));
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
            LocalDate enrolled = applied.plusDays(between(1, 30));
            set.insurance(woman, year, town, applied, set.random.nextInt(6) == 0 ? null : enrolled,
                    set.random.nextInt(5) == 0 ? enrolled.plusDays(between(1, 100)) : null);
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
            set.activity(kinds[i], "亲子活动", town, day(), participants.subList(0, between(1, participants.size())));
        }
    }

    private void cityWide() {
        set.marketEvent("EXPO", "永康农博会", null, day(), List.of(amounts(2), amounts(2)));
        livestream(set.brandAccount("KUAISHOU", "永康好物"));
        set.donation(true, null, between(1, 800_000), day());
        set.industryFederation("INTERNET", "互联网", null, set.dayBetween(FIRST_DAY, LocalDate.of(2019, 6, 30)));
    }

    private void livestream(CommerceData.LivestreamAccount account) {
        for (int s = 0; s < 2; s++) {
            LocalDate day = day();
            List<CommerceData.OnlineRecord> records = new ArrayList<>();
            for (long amount : amounts(3)) {
                records.add(new CommerceData.OnlineRecord(set.externalId("online"), false, amount, 1, day));
            }
            records.add(new CommerceData.OnlineRecord(set.externalId("refund"), true, records.get(0).amountFen(), 1,
                    day.plusDays(between(0, 20))));
            set.livestreamSession(account, day, records);
        }
    }

    private List<Long> amounts(int count) {
        List<Long> amounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            amounts.add(1L + set.random.nextInt(2_000_000));
        }
        return amounts;
    }
}
