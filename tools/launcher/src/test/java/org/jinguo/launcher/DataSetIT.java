package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jinguo.dataset.Api;
import org.jinguo.dataset.DataSet;
import org.jinguo.dataset.ExpectedReport;
import org.jinguo.dataset.Loader;
import org.jinguo.dataset.RandomDataSet;
import org.jinguo.dataset.Report;
import org.jinguo.dataset.ReportCheck;
import org.jinguo.dataset.YearDataSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform end to end, one JVM per service on real PostgreSQL and Kafka: the reduced
 * year's data set loaded through the gateway gives its committed report; a random data set over
 * several towns gives, by period and by town, what its own records imply; and with one service
 * stopped, the report answers every other section.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataSetIT {

    @TempDir
    static Path home;

    private static RunningPlatform platform;
    private static Api api;
    private static DataSet random;

    @BeforeAll
    static void startThePlatform() {
        platform = RunningPlatform.start(home);
        api = new Api(URI.create(platform.gateway()), URI.create(platform.identity()), "jinguo-operations", platform.operationsSecret());
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void theReducedYearsSetGivesItsCommittedReportAndLoadingItTwiceAddsNothing() throws Exception {
        JsonNode fixture;
        try (InputStream committed = YearDataSet.class.getResourceAsStream("/year-reduced-report.json")) {
            fixture = JsonMapper.shared().readTree(committed);
        }
        Loader loader = new Loader(api, 6);

        loader.load(YearDataSet.reduced());
        JsonNode first = ReportCheck.report(api, YearDataSet.FIRST_DAY, YearDataSet.LAST_DAY, null).expect(200).json();
        Map<String, Long> records = recordCounts();
        loader.load(YearDataSet.reduced());
        JsonNode again = ReportCheck.report(api, YearDataSet.FIRST_DAY, YearDataSet.LAST_DAY, null).expect(200).json();

        assertThat(first).isEqualTo(fixture);
        assertThat(again).isEqualTo(fixture);
        assertThat(recordCounts()).isEqualTo(records);
    }

    /** How many records some of each service's lists hold: a second load must not change one. */
    private static Map<String, Long> recordCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String list : List.of("/api/v1/organizations", "/api/v1/units", "/api/v1/people", "/api/v1/courses", "/api/v1/mentors",
                "/api/v1/workshops", "/api/v1/market-events", "/api/v1/livestream-accounts", "/api/v1/caring-mothers", "/api/v1/households",
                "/api/v1/donations", "/api/v1/family-activities", "/api/v1/insurance-enrolments")) {
            JsonNode page = api.get(list + "?size=1").expect(200).json();
            counts.put(list, page.isArray() ? page.size() : page.get("totalItems").asLong());
        }
        return counts;
    }

    @Test
    @Order(2)
    void aRandomSetGivesByPeriodAndByTownWhatItsRecordsImply() {
        long seed = System.nanoTime();
        System.out.println("DataSetIT: the random data set's seed is " + seed);
        random = RandomDataSet.generate(seed, 3);
        new Loader(api, 6).load(random);

        List<String> towns = new ArrayList<>(RandomDataSet.towns(random));
        towns.add(null);
        List<String> differences = new ArrayList<>();
        for (RandomDataSet.Period period : RandomDataSet.PERIODS) {
            for (String town : towns) {
                ReportCheck.differences(api, random, period.from(), period.to(), town, null).forEach(difference -> differences.add(
                        period.from() + ".." + period.to() + " " + (town == null ? "city" : town) + ": " + difference));
            }
        }

        assertThat(differences).as("seed " + seed).isEmpty();
    }

    @Test
    @Order(3)
    void withCommerceServiceDownOnlyItsSectionIsUnavailable() {
        platform.kill("commerce-service");

        JsonNode answer = ReportCheck.report(api, RandomDataSet.FIRST_DAY, RandomDataSet.LAST_DAY, null).expect(200).json();

        assertThat(answer.get("commerce").get("status").asString()).isEqualTo("UNAVAILABLE");
        Report expected = ExpectedReport.of(random, RandomDataSet.FIRST_DAY, RandomDataSet.LAST_DAY, null);
        Map<String, Map<String, Long>> answered = Report.of(answer).sections();
        assertThat(answered).doesNotContainKey("commerce").hasSize(3);
        answered.forEach((section, figures) -> assertThat(figures).as(section).isEqualTo(expected.sections().get(section)));
    }
}
