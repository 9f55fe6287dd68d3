package org.jinguo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        loader.load(YearDataSet.reduced());
        JsonNode again = ReportCheck.report(api, YearDataSet.FIRST_DAY, YearDataSet.LAST_DAY, null).expect(200).json();

        assertThat(first).isEqualTo(fixture);
        assertThat(again).isEqualTo(fixture);
    }

    @Test
    @Order(2)
    void aRandomSetGivesByPeriodAndByTownWhatItsRecordsImply() {
        long seed = System.nanoTime();
        random = RandomDataSet.generate(seed, 3);
        new Loader(api, 6).load(random);

        List<LocalDate[]> periods = List.of(new LocalDate[] {RandomDataSet.FIRST_DAY, RandomDataSet.LAST_DAY},
                new LocalDate[] {LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)},
                new LocalDate[] {LocalDate.of(2018, 3, 1), LocalDate.of(2019, 2, 28)},
                new LocalDate[] {LocalDate.of(2019, 7, 1), LocalDate.of(2020, 6, 30)});
        List<String> towns = new ArrayList<>(RandomDataSet.towns(random));
        towns.add(null);
        List<String> differences = new ArrayList<>();
        for (LocalDate[] period : periods) {
            for (String town : towns) {
                ReportCheck.differences(api, random, period[0], period[1], town, null)
                        .forEach(difference -> differences.add(period[0] + ".." + period[1] + " " + (town == null ? "city" : town) + ": " + difference));
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
