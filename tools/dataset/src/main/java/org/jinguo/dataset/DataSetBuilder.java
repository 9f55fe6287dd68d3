package org.jinguo.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds a data set's records, linked the way the services expect: a course hosted by its town's
 * federation (or the city's), a livestream session while its workshop is open. The composing
 * classes keep the rest (a unit covered by an organisation of its town or a city-wide one, an
 * outcome for a woman who attended the course). Ids are derived from the set's series and a
 * counter, so the same set built again has the same ids. The city's and the towns' federations
 * have the same ids in every set: there is one of each on the platform.
 */
final class DataSetBuilder {

    static final Map<String, String> TOWNS = towns();
    /** The federations every set hangs its records on were founded before any set's records. */
    static final LocalDate FEDERATIONS_FOUNDED = LocalDate.of(2015, 1, 1);

    final Random random;
    final Names names;
    private final String series;
    private final char creditCodeSeries;
    private final String phonePrefix;
    private final long numbering;
    private long serial;

    private final List<OrgData.Federation> federations = new ArrayList<>();
    private final Map<String, UUID> townFederations = new LinkedHashMap<>();
    private final List<OrgData.Unit> units = new ArrayList<>();
    private final List<OrgData.Coverage> coverages = new ArrayList<>();
    private final List<TrainingData.Person> people = new ArrayList<>();
    private final List<TrainingData.Course> courses = new ArrayList<>();
    private final List<TrainingData.Session> sessions = new ArrayList<>();
    private final List<TrainingData.Attendance> attendances = new ArrayList<>();
    private final List<TrainingData.Outcome> outcomes = new ArrayList<>();
    private final List<TrainingData.Mentor> mentors = new ArrayList<>();
    private final List<TrainingData.Agreement> agreements = new ArrayList<>();
    private final List<TrainingData.Competition> competitions = new ArrayList<>();
    private final List<CommerceData.Workshop> workshops = new ArrayList<>();
    private final List<CommerceData.MarketEvent> marketEvents = new ArrayList<>();
    private final List<CommerceData.LivestreamAccount> accounts = new ArrayList<>();
    private final Map<UUID, CommerceData.Workshop> workshopsOnAir = new LinkedHashMap<>();
    private final List<CommerceData.LivestreamSession> livestreamSessions = new ArrayList<>();
    private final List<CareData.Mother> mothers = new ArrayList<>();
    private final Map<Integer, CareData.InsuranceProgramme> programmes = new LinkedHashMap<>();
    private final List<CareData.Insurance> insurances = new ArrayList<>();
    private final List<CareData.Donation> donations = new ArrayList<>();
    private final List<CareData.Household> households = new ArrayList<>();
    private final List<CareData.FamilyActivity> activities = new ArrayList<>();

    /**
     * @param series           names this set's records (their ids and external ids)
     * @param creditCodeSeries a character of its own in its units' credit codes
     * @param phonePrefix      three digits of its own in its phone numbers
     * @param numbering        where its credit codes', phone numbers' and account names' serials
     *                         start, so that sets of one series built from other seeds seldom collide
     */
    DataSetBuilder(String series, long seed, char creditCodeSeries, String phonePrefix, long numbering) {
        this.series = series;
        this.random = new Random(seed);
        this.names = new Names(random);
        this.creditCodeSeries = creditCodeSeries;
        this.phonePrefix = phonePrefix;
        this.numbering = numbering;
        federations.add(new OrgData.Federation(cityFederation(), "CITY", "永康市妇女联合会", null, null, null, FEDERATIONS_FOUNDED));
    }

    static UUID cityFederation() {
        return Identifiers.uuid("federation:CITY");
    }

    UUID townFederation(String town) {
        return townFederations.computeIfAbsent(town, code -> {
            UUID id = Identifiers.uuid("federation:TOWN:" + code);
            federations.add(new OrgData.Federation(id, "TOWN", TOWNS.get(code) + "妇女联合会", null, code, cityFederation(), FEDERATIONS_FOUNDED));
            return id;
        });
    }

    private UUID nextId(String kind) {
        return Identifiers.uuid(series + ":" + kind + ":" + (++serial));
    }

    String externalId(String kind) {
        return series + "-" + kind + "-" + (++serial);
    }

    OrgData.Federation industryFederation(String industry, String industryName, String town, LocalDate foundedOn) {
        UUID parent = town == null ? cityFederation() : townFederation(town);
        String name = (town == null ? "永康市" : TOWNS.get(town)) + industryName + "行业妇女联合会";
        OrgData.Federation federation = new OrgData.Federation(nextId("federation"), "INDUSTRY", name, industry, town, parent, foundedOn);
        federations.add(federation);
        return federation;
    }

    OrgData.Unit unit(String town, String domain, String industry, LocalDate registeredOn) {
        int headcount = 8 + random.nextInt(300);
        OrgData.Unit unit = new OrgData.Unit(nextId("unit"), names.enterprise(TOWNS.get(town)),
                Identifiers.creditCode(creditCodeSeries, numbering + serial), domain, industry, town, headcount, headcount * (30 + random.nextInt(50)) / 100,
                registeredOn);
        units.add(unit);
        return unit;
    }

    void coverage(OrgData.Unit unit, UUID organization, String mode, LocalDate startedOn, LocalDate endedOn) {
        coverages.add(new OrgData.Coverage(unit.id(), organization, mode, startedOn, endedOn));
    }

    TrainingData.Person person(String town) {
        TrainingData.Person person = new TrainingData.Person(nextId("person"), names.woman(), Identifiers.phone(phonePrefix, numbering + serial), town);
        people.add(person);
        return person;
    }

    TrainingData.Course course(String category, String title, String town) {
        UUID host = town == null ? cityFederation() : townFederation(town);
        TrainingData.Course course = new TrainingData.Course(nextId("course"), title, category, host, town);
        courses.add(course);
        return course;
    }

    TrainingData.Session session(TrainingData.Course course, LocalDate day, boolean online, int viewerCount, boolean cancelled) {
        TrainingData.Session session = new TrainingData.Session(nextId("session"), course.id(), day, online, viewerCount, cancelled);
        sessions.add(session);
        return session;
    }

    void attend(TrainingData.Session session, TrainingData.Person person) {
        attendances.add(new TrainingData.Attendance(nextId("enrolment"), session.id(), person.id()));
    }

    void outcome(TrainingData.Person person, TrainingData.Course course, LocalDate startedOn, Long beforeFen, long afterFen) {
        outcomes.add(new TrainingData.Outcome(nextId("outcome"), person.id(), course.id(), names.word() + "电商服务站", startedOn, beforeFen,
                afterFen));
    }

    TrainingData.Mentor mentor(String expertise, String town, LocalDate joinedOn) {
        TrainingData.Mentor mentor = new TrainingData.Mentor(nextId("mentor"), names.woman(), expertise, town, joinedOn);
        mentors.add(mentor);
        return mentor;
    }

    void agreement(TrainingData.Mentor mentor, String kind, String town, LocalDate signedOn) {
        agreements.add(new TrainingData.Agreement(nextId("agreement"), mentor.id(), kind, names.enterprise(TOWNS.get(town)), town, signedOn));
    }

    void competition(String name, String town, LocalDate heldOn, List<TrainingData.Person> contestants) {
        competitions.add(new TrainingData.Competition(nextId("competition"), name, heldOn, town,
                contestants.stream().map(TrainingData.Person::id).toList()));
    }

    CommerceData.Workshop workshop(String town, String kind, LocalDate openedOn, LocalDate closedOn) {
        String name = TOWNS.get(town) + names.word() + (kind.equals("WORKSHOP") ? "共富工坊" : "来料加工点");
        CommerceData.Workshop workshop = new CommerceData.Workshop(nextId("workshop"), name, kind, town, "五金配件", openedOn, closedOn);
        workshops.add(workshop);
        return workshop;
    }

    /** @param stallSales each stall's sale amounts */
    void marketEvent(String kind, String name, String town, LocalDate heldOn, List<List<Long>> stallSales) {
        List<CommerceData.Stall> stalls = new ArrayList<>();
        for (List<Long> amounts : stallSales) {
            List<CommerceData.StallSale> sales = amounts.stream()
                    .map(amount -> new CommerceData.StallSale(externalId("sale"), amount, 1 + random.nextInt(20))).toList();
            stalls.add(new CommerceData.Stall(names.word() + "农家摊位" + (stalls.size() + 1), sales));
        }
        String place = town == null ? "永康市会展中心" : TOWNS.get(town) + "文化广场";
        marketEvents.add(new CommerceData.MarketEvent(nextId("market-event"), kind, name, heldOn, place, town, stalls));
    }

    /** An account's name is unique on its platform: a number of the set's own tells apart accounts of alike workshops. */
    CommerceData.LivestreamAccount workshopAccount(String platform, CommerceData.Workshop workshop) {
        UUID id = nextId("account");
        CommerceData.LivestreamAccount account = new CommerceData.LivestreamAccount(id, platform,
                workshop.nameZh() + "直播间" + accountNumber(), workshop.id(), null, workshop.townCode());
        accounts.add(account);
        workshopsOnAir.put(id, workshop);
        return account;
    }

    CommerceData.LivestreamAccount brandAccount(String platform, String brand) {
        CommerceData.LivestreamAccount account = new CommerceData.LivestreamAccount(nextId("account"), platform,
                brand + "官方直播间" + accountNumber(), null, brand, null);
        accounts.add(account);
        return account;
    }

    private String accountNumber() {
        return creditCodeSeries + Long.toString(numbering + serial);
    }

    /** A day between {@code first} and {@code last} on which the account's workshop, if it has one, is open. */
    LocalDate dayOnAir(CommerceData.LivestreamAccount account, LocalDate first, LocalDate last) {
        CommerceData.Workshop workshop = workshopsOnAir.get(account.id());
        if (workshop == null) {
            return dayBetween(first, last);
        }
        LocalDate opened = workshop.openedOn().isAfter(first) ? workshop.openedOn() : first;
        LocalDate closing = workshop.closedOn() != null && workshop.closedOn().minusDays(1).isBefore(last) ? workshop.closedOn().minusDays(1) : last;
        return dayBetween(opened, closing);
    }

    void livestreamSession(CommerceData.LivestreamAccount account, LocalDate day, List<CommerceData.OnlineRecord> records) {
        livestreamSessions.add(new CommerceData.LivestreamSession(nextId("livestream-session"), account.id(), names.woman(), day, records));
    }

    void mother(String town, LocalDate registeredOn, LocalDate withdrawnOn) {
        List<String> skills = List.of("DAILY_CARE", "TUTORING", "PSYCHOLOGICAL_SUPPORT").subList(0, 1 + random.nextInt(3));
        mothers.add(new CareData.Mother(nextId("mother"), names.woman(), Identifiers.phone(phonePrefix, numbering + serial), skills, town, registeredOn,
                withdrawnOn));
    }

    CareData.InsuranceProgramme programme(int year) {
        return programmes.computeIfAbsent(year, y -> new CareData.InsuranceProgramme(y, y + "年度妇女安康保险", 5_000, 300_000, 18, 65));
    }

    /** A woman who applies for the insurance, with a resident ID number of her own. */
    record Woman(String name, String idNumber, String phone) {
    }

    Woman woman(int birthYear) {
        LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new Woman(names.woman(), Identifiers.womansIdNumber(birth, (int) (++serial % 500)), Identifiers.phone(phonePrefix, numbering + serial));
    }

    void insurance(Woman woman, int year, String town, LocalDate appliedOn, LocalDate enrolledOn, LocalDate cancelledOn) {
        CareData.InsuranceProgramme programme = programme(year);
        insurances.add(new CareData.Insurance(nextId("insurance"), programme.year(), woman.name(), woman.idNumber(), woman.phone(),
                programme.incomeLimitFen() / 2 + random.nextInt((int) (programme.incomeLimitFen() / 2)), town, appliedOn, enrolledOn,
                cancelledOn));
    }

    void donation(boolean goods, String town, long valueFen, LocalDate receivedOn) {
        String donor = names.word() + (goods ? "商贸有限公司" : "慈善基金会");
        donations.add(new CareData.Donation(nextId("donation"), goods, donor, goods ? "MERCHANT" : "ORGANIZATION",
                goods ? "学习用品和生活物资" : "爱心助学款", valueFen, receivedOn, town));
    }

    CareData.Household household(String town, LocalDate registeredOn) {
        CareData.Household household = new CareData.Household(nextId("household"), town, names.woman(), random.nextInt(5) == 0,
                random.nextInt(8) == 0, registeredOn);
        households.add(household);
        return household;
    }

    void activity(String kind, String town, LocalDate heldOn, List<CareData.Household> participants) {
        String title = switch (kind) {
            case "PARENT_CHILD" -> "亲子阅读与手工活动";
            case "SUMMER_CARE" -> "暑期儿童关爱活动";
            case "AUTISM_CARE" -> "孤独症儿童家庭关爱活动";
            case "FAMILY_EDUCATION" -> "家庭教育沙龙";
            default -> "家庭活动";
        };
        activities.add(new CareData.FamilyActivity(nextId("activity"), kind, title, heldOn, town,
                town == null ? "永康市妇女儿童活动中心" : TOWNS.get(town) + "妇女之家", participants.stream().map(CareData.Household::id).toList()));
    }

    LocalDate dayBetween(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
    }

    /** {@code total} split into {@code parts} amounts of at least 1, none more than three times another. */
    List<Long> split(long total, int parts) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.5 + random.nextDouble();
            sum += weights[i];
        }
        List<Long> amounts = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < parts - 1; i++) {
            long amount = Math.max(1, (long) (total * weights[i] / sum));
            amounts.add(amount);
            given += amount;
        }
        amounts.add(total - given);
        return amounts;
    }

    DataSet build(String name) {
        return new DataSet(name, new OrgData(List.copyOf(federations), List.copyOf(units), List.copyOf(coverages)),
                new TrainingData(List.copyOf(people), List.copyOf(courses), List.copyOf(sessions), List.copyOf(attendances),
                        List.copyOf(outcomes), List.copyOf(mentors), List.copyOf(agreements), List.copyOf(competitions)),
                new CommerceData(List.copyOf(workshops), List.copyOf(marketEvents), List.copyOf(accounts), List.copyOf(livestreamSessions)),
                new CareData(List.copyOf(mothers), List.copyOf(programmes.values()), List.copyOf(insurances), List.copyOf(donations),
                        List.copyOf(households), List.copyOf(activities)));
    }

    private static Map<String, String> towns() {
        Map<String, String> towns = new LinkedHashMap<>();
        towns.put("DONGCHENG", "东城街道");
        towns.put("XICHENG", "西城街道");
        towns.put("JIANGNAN", "江南街道");
        towns.put("SHIZHU", "石柱镇");
        towns.put("QIANCANG", "前仓镇");
        towns.put("ZHOUSHAN", "舟山镇");
        towns.put("GUSHAN", "古山镇");
        towns.put("FANGYAN", "方岩镇");
        towns.put("LONGSHAN", "龙山镇");
        towns.put("XIXI", "西溪镇");
        towns.put("XIANGZHU", "象珠镇");
        towns.put("TANGXIAN", "唐先镇");
        towns.put("HUAJIE", "花街镇");
        towns.put("ZHIYING", "芝英镇");
        towns.put("ECON_DEV_ZONE", "经济开发区");
        return Collections.unmodifiableMap(towns);
    }
}
