package org.jinguo.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The year's data set: the federation's work from 2022-01-01 to 2025-03-05 (the federations,
 * mentors and households it hangs on are older), spread over the 15 towns, hitting the report table of docs/domain.md exactly where it gives a figure and at the documented
 * value (docs/data-set.md) where it gives a range. The reduced scale, about a tenth, is what CI
 * loads; its report is a committed fixture. Built from a fixed seed: the same records every time.
 */
public final class YearDataSet {

    public static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 3, 5);
    private static final LocalDate LAST_REGISTRATION = LocalDate.of(2024, 12, 31);

    /** How many of each, and the sums, a scale of the set hits. */
    public record Targets(int unitsCovered, int unitsWithEndedCoverage, int unitsNeverCovered, int skillsSessionsHeld,
                          int skillsSessionsCancelled, int womenEmployed, int womenEmployedWithoutIncomeBefore,
                          long averageYearlyIncomeRiseFen, int traineesWithoutJob, int mentors, int mentorAgreements,
                          List<Integer> contestantsPerCompetition, int familyEducationLectures, List<Integer> onlineViewersPerSession,
                          int marketEvents, int stallsPerMarket, long marketConsumptionFen, long onlineConsumptionFen, int livestreamSessions,
                          long expoTurnoverFen, int expoStalls, int workshopsOpen, int workshopsClosed, int caringMothers,
                          int caringMothersWithdrawn, int insuredWomen, int insuredTwoYears, int applicationsNotEnrolled,
                          long donatedSuppliesFen, int goodsDonations, int moneyDonations, int householdsServed, int householdsNotServed,
                          int parentChildActivities, int otherActivities) {
    }

    public static final Targets FULL = new Targets(1136, 24, 40, 163, 9, 1046, 46, 3_600_000, 60, 5, 12, List.of(12, 8), 10,
            List.of(180, 220, 260, 240, 300, 300), 13, 10, 165_983_200, 428_650_000, 40, 6_268_000_000L, 80, 48, 3, 305, 12, 377, 137, 8,
            23_260_000, 45, 15, 1168, 22, 103, 25);

    public static final Targets REDUCED = new Targets(114, 3, 5, 16, 2, 105, 5, 3_600_000, 6, 2, 3, List.of(6), 2, List.of(120, 180), 3, 4,
            16_598_320, 42_865_000, 6, 626_800_000, 10, 6, 1, 31, 2, 38, 12, 2, 2_326_000, 6, 2, 117, 3, 10, 3);

    private static final List<String> TOWN_CODES = List.copyOf(DataSetBuilder.TOWNS.keySet());
    private static final String[] DOMAINS = {"NEW_ECONOMIC_ORGANIZATION", "NEW_SOCIAL_ORGANIZATION", "NEW_EMPLOYMENT_GROUP"};

    private final DataSetBuilder set;
    private final Targets targets;

    private YearDataSet(Targets targets) {
        this.targets = targets;
        this.set = new DataSetBuilder(targets == FULL ? "year" : "year-reduced", 20250305L, targets == FULL ? 'Y' : 'R', targets == FULL ? "135" : "136", 0);
    }

    public static DataSet full() {
        return new YearDataSet(FULL).build("year");
    }

    public static DataSet reduced() {
        return new YearDataSet(REDUCED).build("year-reduced");
    }

    private DataSet build(String name) {
        organisations();
        training();
        commerce();
        care();
        return set.build(name);
    }

    private String town(int i) {
        return TOWN_CODES.get(i % TOWN_CODES.size());
    }

    private void organisations() {
        LocalDate founded = LocalDate.of(2021, 12, 1);
        OrgData.Federation express = set.industryFederation("EXPRESS_DELIVERY", "快递", null, founded);
        OrgData.Federation internet = set.industryFederation("INTERNET", "互联网", null, founded);
        int units = targets.unitsCovered() + targets.unitsWithEndedCoverage() + targets.unitsNeverCovered();
        for (int i = 0; i < units; i++) {
            String town = town(i);
            String domain = DOMAINS[i % 3];
            String industry = switch (i % 5) {
                case 0 -> "EXPRESS_DELIVERY";
                case 1 -> "INTERNET";
                case 2 -> "HARDWARE_MANUFACTURING";
                case 3 -> "E_COMMERCE";
                default -> "SOCIAL_SERVICES";
            };
            boolean coverageEnds = i >= targets.unitsCovered() && i < targets.unitsCovered() + targets.unitsWithEndedCoverage();
            LocalDate registered = set.dayBetween(FIRST_DAY, coverageEnds ? LocalDate.of(2024, 6, 30) : LAST_REGISTRATION);
            OrgData.Unit unit = set.unit(town, domain, industry, registered);
            if (i >= targets.unitsCovered() + targets.unitsWithEndedCoverage()) {
                continue;
            }
            LocalDate started = set.dayBetween(registered, registered.plusDays(40));
            LocalDate ended = coverageEnds ? set.dayBetween(started.plusDays(30), LAST_DAY.minusDays(1)) : null;
            if (industry.equals("EXPRESS_DELIVERY")) {
                set.coverage(unit, express.id(), "INDUSTRY_WIDE", started, ended);
            } else if (industry.equals("INTERNET")) {
                set.coverage(unit, internet.id(), "INDUSTRY_WIDE", started, ended);
            } else {
                set.coverage(unit, set.townFederation(town), i % 4 == 0 ? "REGIONAL_JOINT" : "STANDALONE", started, ended);
            }
        }
    }

    private void training() {
        List<TrainingData.Course> skillsCourses = new ArrayList<>();
        for (String town : TOWN_CODES) {
            skillsCourses.add(set.course("SKILLS", DataSetBuilder.TOWNS.get(town) + "电商直播技能培训", town));
            skillsCourses.add(set.course("SKILLS", DataSetBuilder.TOWNS.get(town) + "育婴师技能培训", town));
        }
        List<TrainingData.Session> held = new ArrayList<>();
        for (int i = 0; i < targets.skillsSessionsHeld() + targets.skillsSessionsCancelled(); i++) {
            TrainingData.Course course = skillsCourses.get(i % skillsCourses.size());
            boolean cancelled = i >= targets.skillsSessionsHeld();
            TrainingData.Session session = set.session(course, set.dayBetween(FIRST_DAY, LocalDate.of(2024, 10, 31)), false, 0, cancelled);
            if (!cancelled) {
                held.add(session);
            }
        }
        List<Long> rises = set.split(targets.averageYearlyIncomeRiseFen() / 12
                * (targets.womenEmployed() - targets.womenEmployedWithoutIncomeBefore()), targets.womenEmployed() - targets.womenEmployedWithoutIncomeBefore());
        List<TrainingData.Person> trainees = new ArrayList<>();
        for (int i = 0; i < targets.womenEmployed() + targets.traineesWithoutJob(); i++) {
            TrainingData.Session session = held.get(i % held.size());
            TrainingData.Course course = skillsCourses.stream().filter(c -> c.id().equals(session.courseId())).findFirst().orElseThrow();
            TrainingData.Person woman = set.person(course.townCode());
            trainees.add(woman);
            set.attend(session, woman);
            if (i >= targets.womenEmployed()) {
                continue;
            }
            LocalDate started = set.dayBetween(session.day().plusDays(7), session.day().plusDays(120));
            long after;
            Long before = null;
            if (i < rises.size()) {
                before = 200_000L + set.random.nextInt(200_000);
                after = before + rises.get(i);
            } else {
                after = 350_000L + set.random.nextInt(300_000);
            }
            set.outcome(woman, course, started, before, after);
        }

        TrainingData.Course lectures = set.course("FAMILY_EDUCATION", "家庭教育公益大讲堂", null);
        for (int i = 0; i < targets.familyEducationLectures(); i++) {
            set.session(lectures, set.dayBetween(FIRST_DAY, LAST_DAY), false, 0, false);
        }
        set.session(lectures, set.dayBetween(FIRST_DAY, LAST_DAY), false, 0, true);
        TrainingData.Course online = set.course("ENTREPRENEURSHIP", "巾帼创业直播课堂", null);
        for (int viewers : targets.onlineViewersPerSession()) {
            set.session(online, set.dayBetween(FIRST_DAY, LAST_DAY), true, viewers, false);
        }

        String[] kinds = {"PURCHASE_AND_SALE", "BRAND_SHARING", "PLAN_DESIGN"};
        List<TrainingData.Mentor> mentors = new ArrayList<>();
        for (int i = 0; i < targets.mentors(); i++) {
            mentors.add(set.mentor("电商运营与品牌策划", town(i * 3), LocalDate.of(2021, 11, 1)));
        }
        for (int i = 0; i < targets.mentorAgreements(); i++) {
            set.agreement(mentors.get(i % mentors.size()), kinds[i % 3], town(i * 2 + 1), set.dayBetween(FIRST_DAY, LAST_DAY));
        }

        int next = 0;
        for (int c = 0; c < targets.contestantsPerCompetition().size(); c++) {
            int count = targets.contestantsPerCompetition().get(c);
            String town = c == 0 ? null : trainees.get(next).townCode();
            List<TrainingData.Person> contestants = town == null ? trainees.subList(next, next + count)
                    : trainees.stream().filter(p -> p.townCode().equals(town)).limit(count).toList();
            set.competition((2023 + c) + "年永康市巾帼五金工匠技能大赛", town, LocalDate.of(2023 + c, 9, 20), contestants);
            next += count;
        }
    }

    private void commerce() {
        List<CommerceData.Workshop> open = new ArrayList<>();
        for (int i = 0; i < targets.workshopsOpen() + targets.workshopsClosed(); i++) {
            LocalDate opened = set.dayBetween(FIRST_DAY, LocalDate.of(2024, 6, 30));
            boolean closed = i >= targets.workshopsOpen();
            CommerceData.Workshop workshop = set.workshop(town(i), i % 4 == 3 ? "PROCESSING_POINT" : "WORKSHOP", opened,
                    closed ? set.dayBetween(opened.plusDays(60), LAST_DAY.minusDays(1)) : null);
            if (!closed) {
                open.add(workshop);
            }
        }

        List<Long> stallTotals = set.split(targets.marketConsumptionFen(), targets.marketEvents() * targets.stallsPerMarket());
        for (int m = 0; m < targets.marketEvents(); m++) {
            List<List<Long>> stalls = new ArrayList<>();
            for (int s = 0; s < targets.stallsPerMarket(); s++) {
                stalls.add(set.split(stallTotals.get(m * targets.stallsPerMarket() + s), 3));
            }
            String town = town(m);
            set.marketEvent("MARKET", DataSetBuilder.TOWNS.get(town) + "共富集市", town, set.dayBetween(FIRST_DAY, LAST_DAY), stalls);
        }
        List<List<Long>> expoStalls = new ArrayList<>();
        for (long stallTotal : set.split(targets.expoTurnoverFen(), targets.expoStalls())) {
            expoStalls.add(set.split(stallTotal, 2));
        }
        set.marketEvent("EXPO", "永康农博会美食展", null, LocalDate.of(2024, 11, 8), expoStalls);

        List<CommerceData.LivestreamAccount> accounts = new ArrayList<>();
        String[] platforms = {"DOUYIN", "KUAISHOU", "WECHAT_CHANNELS", "TAOBAO"};
        for (int i = 0; i < Math.min(5, open.size()); i++) {
            accounts.add(set.workshopAccount(platforms[i % platforms.length], open.get(i)));
        }
        accounts.add(set.brandAccount("DOUYIN", "永康巾帼"));
        accounts.add(set.brandAccount("WECHAT_CHANNELS", "丽州好物"));
        long refunds = targets.onlineConsumptionFen() / 33;
        List<Long> sessionSales = set.split(targets.onlineConsumptionFen() + refunds, targets.livestreamSessions());
        List<Long> sessionRefunds = set.split(refunds, targets.livestreamSessions());
        for (int i = 0; i < targets.livestreamSessions(); i++) {
            CommerceData.LivestreamAccount account = accounts.get(i % accounts.size());
            LocalDate day = set.dayOnAir(account, FIRST_DAY, LAST_DAY.minusDays(10));
            List<CommerceData.OnlineRecord> records = new ArrayList<>();
            for (long amount : set.split(sessionSales.get(i), 20)) {
                records.add(new CommerceData.OnlineRecord(set.externalId("online"), false, amount, 1 + set.random.nextInt(5), day));
            }
            records.add(new CommerceData.OnlineRecord(set.externalId("refund"), true, sessionRefunds.get(i), 1,
                    day.plusDays(1 + set.random.nextInt(7))));
            set.livestreamSession(account, day, records);
        }
    }

    private void care() {
        for (int i = 0; i < targets.caringMothers() + targets.caringMothersWithdrawn(); i++) {
            LocalDate registered = set.dayBetween(FIRST_DAY, LAST_REGISTRATION);
            LocalDate withdrawn = i >= targets.caringMothers() ? set.dayBetween(registered.plusDays(30), LAST_DAY) : null;
            set.mother(town(i), registered, withdrawn);
        }

        for (int i = 0; i < targets.insuredWomen() + targets.applicationsNotEnrolled(); i++) {
            String town = town(i);
            int year = 2022 + i % 3;
            DataSetBuilder.Woman woman = set.woman(year - 25 - set.random.nextInt(35));
            LocalDate applied = set.dayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31));
            boolean enrolled = i < targets.insuredWomen();
            set.insurance(woman, year, town, applied, enrolled ? applied.plusDays(10) : null, null);
            if (enrolled && i < targets.insuredTwoYears()) {
                LocalDate again = set.dayBetween(LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 2, 20));
                set.insurance(woman, year + 1, town, again, again.plusDays(7), null);
            }
        }

        List<Long> goods = set.split(targets.donatedSuppliesFen(), targets.goodsDonations());
        for (int i = 0; i < goods.size(); i++) {
            set.donation(true, i % 5 == 0 ? null : town(i), goods.get(i), set.dayBetween(FIRST_DAY, LAST_DAY));
        }
        for (int i = 0; i < targets.moneyDonations(); i++) {
            set.donation(false, null, 100_000L * (1 + set.random.nextInt(50)), set.dayBetween(FIRST_DAY, LAST_DAY));
        }

        int activities = targets.parentChildActivities() + targets.otherActivities();
        List<List<CareData.Household>> byActivity = new ArrayList<>();
        for (int a = 0; a < activities; a++) {
            byActivity.add(new ArrayList<>());
        }
        LocalDate registered = LocalDate.of(2021, 6, 1);
        for (int h = 0; h < targets.householdsServed() + targets.householdsNotServed(); h++) {
            // Each activity is in one town, and its households are that town's.
            int activity = h % activities;
            CareData.Household household = set.household(town(activity), registered);
            if (h < targets.householdsServed()) {
                byActivity.get(activity).add(household);
            }
        }
        String[] otherKinds = {"SUMMER_CARE", "AUTISM_CARE", "FAMILY_EDUCATION"};
        for (int a = 0; a < activities; a++) {
            boolean parentChild = a < targets.parentChildActivities();
            String kind = parentChild ? "PARENT_CHILD" : otherKinds[a % otherKinds.length];
            List<CareData.Household> households = new ArrayList<>(byActivity.get(a));
            // Families come back: some join a second activity of their town, counted once.
            if (a >= TOWN_CODES.size()) {
                households.addAll(byActivity.get(a - TOWN_CODES.size()).stream().limit(2).toList());
            }
            set.activity(kind, town(a), set.dayBetween(FIRST_DAY, LAST_DAY), households);
        }
    }
}
