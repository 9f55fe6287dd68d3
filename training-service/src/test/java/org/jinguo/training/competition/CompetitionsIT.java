package org.jinguo.training.competition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jinguo.events.training.TrainingEvents;
import org.jinguo.testsupport.EventSchemas;
import org.jinguo.testsupport.HttpApi;
import org.jinguo.testsupport.HttpApi.Reply;
import org.jinguo.testsupport.ServiceIntegrationTest;
import org.jinguo.testsupport.TestTokens;
import org.jinguo.testsupport.TopicReader;
import org.jinguo.training.Academy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ServiceIntegrationTest
class CompetitionsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void judgesScoreOnceEachOnlyTheirCompetitionAndPublishedResultsLockTheScores() {
        Academy academy = new Academy(port, jdbc, "DONGCHENG");
        HttpApi staff = HttpApi.onLocalPort(port).as(TestTokens.townStaff("DONGCHENG"));
        HttpApi chen = HttpApi.onLocalPort(port).as(TestTokens.user("judge-chen", "JUDGE", null));
        HttpApi wang = HttpApi.onLocalPort(port).as(TestTokens.user("judge-wang", "JUDGE", null));
        HttpApi outsider = HttpApi.onLocalPort(port).as(TestTokens.user("judge-li", "JUDGE", null));
        Reply organized = staff.post("/api/v1/competitions", """
                {"name":"肉麦饼制作技艺大赛","heldOn":"2024-10-12","place":"大司巷","townCode":"DONGCHENG",
                 "coOrganizers":["文广旅体局","旅游集团"],
                 "criteria":[{"code":"TASTE","name":"口味","weight":60},{"code":"LOOK","name":"外观","weight":40}],
                 "judges":[{"subject":"judge-chen","name":"陈评委"},{"subject":"judge-wang","name":"王评委"}],
                 "awards":[{"name":"金奖","fromRank":1,"toRank":1},{"name":"银奖","fromRank":2,"toRank":2}]}""").send();
        String competition = organized.json().get("id").asString();
        String hu = academy.person("胡巧云", "13957300001");
        String lu = academy.person("吕巧玲", "13957300002");
        staff.post("/api/v1/competitions/" + competition + "/contestants", "{\"personId\":\"%s\"}".formatted(hu)).send();
        staff.post("/api/v1/competitions/" + competition + "/contestants", "{\"personId\":\"%s\"}".formatted(lu)).send();

        Reply first = score(chen, competition, hu, "TASTE", "90");
        Reply second = score(chen, competition, hu, "TASTE", "95");
        Reply notHers = score(outsider, competition, hu, "TASTE", "10");
        Reply staffScoring = score(staff, competition, hu, "TASTE", "10");
        Reply unknownCriterion = score(wang, competition, hu, "SMELL", "80");
        Reply tooPrecise = score(wang, competition, hu, "LOOK", "80.125");
        Reply early = staff.post("/api/v1/competitions/" + competition + "/publication", "").header("If-Match", "\"1\"").send();
        Reply rankingForOutsider = outsider.get("/api/v1/competitions/" + competition + "/ranking").send();

        assertThat(organized.status()).as(organized.body()).isEqualTo(201);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("code").asString()).isEqualTo("SCORE_ALREADY_GIVEN");
        assertThat(notHers.status()).isEqualTo(403);
        assertThat(staffScoring.status()).isEqualTo(403);
        assertThat(unknownCriterion.status()).isEqualTo(400);
        assertThat(tooPrecise.status()).isEqualTo(400);
        assertThat(early.json().get("code").asString()).isEqualTo("SCORES_INCOMPLETE");
        assertThat(rankingForOutsider.status()).isEqualTo(403);

        // hu: taste (90 + 80) / 2 = 85, look 70 → 0.6 × 85 + 0.4 × 70 = 79; lu: taste 75, look 94 → 45 + 37.6 = 82.6
        score(chen, competition, hu, "LOOK", "70");
        score(wang, competition, hu, "TASTE", "80");
        score(wang, competition, hu, "LOOK", "70");
        score(chen, competition, lu, "TASTE", "75");
        score(chen, competition, lu, "LOOK", "94");
        score(wang, competition, lu, "TASTE", "75");
        score(wang, competition, lu, "LOOK", "94");
        Reply published = staff.post("/api/v1/competitions/" + competition + "/publication", "").header("If-Match", "\"1\"").send();
        Reply late = score(chen, competition, lu, "TASTE", "0");
        Reply lateContestant = staff.post("/api/v1/competitions/" + competition + "/contestants",
                "{\"personId\":\"%s\"}".formatted(academy.person("应巧", "13957300003"))).send();
        JsonNode ranking = HttpApi.onLocalPort(port).as(TestTokens.role("RESIDENT", null))
                .get("/api/v1/competitions/" + competition + "/ranking").send().json();

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(late.json().get("code").asString()).isEqualTo("RESULTS_PUBLISHED");
        assertThat(lateContestant.status()).isEqualTo(409);
        assertThat(ranking.findValuesAsString("contestantId")).containsExactly(lu, hu);
        assertThat(ranking.get(0).get("totalScore").decimalValue()).isEqualByComparingTo("82.60");
        assertThat(ranking.get(0).get("award").asString()).isEqualTo("金奖");
        assertThat(ranking.get(1).get("totalScore").decimalValue()).isEqualByComparingTo("79.00");

        ConsumerRecord<String, String> event = TopicReader.first(TrainingEvents.COMPETITIONS_TOPIC,
                record -> record.key().equals(competition), Duration.ofSeconds(30));
        assertThat(EventSchemas.violations(TrainingEvents.COMPETITION_RESULTS_PUBLISHED, event.value())).isEmpty();
        assertThat(event.value()).contains("\"totalScore\":\"82.60\"", lu, hu).doesNotContain("吕巧玲");
    }

    private static Reply score(HttpApi judge, String competition, String contestant, String criterion, String score) {
        return judge.post("/api/v1/competitions/" + competition + "/scores", """
                {"contestantId":"%s","criterion":"%s","score":%s}""".formatted(contestant, criterion, score)).send();
    }
}
