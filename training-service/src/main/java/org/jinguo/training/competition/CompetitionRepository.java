package org.jinguo.training.competition;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class CompetitionRepository {

    private final JdbcClient jdbc;

    void insert(Competition competition) {
        CompetitionPlan plan = competition.plan();
        jdbc.sql("""
                insert into competition (id, name, held_on, place, town_code, co_organizers, status, version)
                values (:id, :name, :heldOn, :place, :townCode, :coOrganizers, 'OPEN', :version)
                """)
                .param("id", competition.id()).param("name", plan.name()).param("heldOn", plan.heldOn()).param("place", plan.place())
                .param("townCode", plan.townCode()).param("coOrganizers", plan.coOrganizers().toArray(String[]::new))
                .param("version", competition.version())
                .update();
        for (int i = 0; i < plan.criteria().size(); i++) {
            Criterion criterion = plan.criteria().get(i);
            jdbc.sql("insert into competition_criterion (competition_id, code, name, weight, position) values (?, ?, ?, ?, ?)")
                    .params(competition.id(), criterion.code(), criterion.name(), criterion.weight(), i).update();
        }
        for (Judge judge : plan.judges()) {
            jdbc.sql("insert into competition_judge (competition_id, subject, name) values (?, ?, ?)")
                    .params(competition.id(), judge.subject(), judge.name()).update();
        }
        for (int i = 0; i < plan.awards().size(); i++) {
            Award award = plan.awards().get(i);
            jdbc.sql("insert into competition_award (competition_id, name, from_rank, to_rank, position) values (?, ?, ?, ?, ?)")
                    .params(competition.id(), award.name(), award.fromRank(), award.toRank(), i).update();
        }
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from competition where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Competition> find(UUID id) {
        return load(id, "");
    }

    /** @param exclusive true to publish (waits for scoring in flight), false to score (judges score side by side) */
    Optional<Competition> lock(UUID id, boolean exclusive) {
        return load(id, exclusive ? " for update" : " for share");
    }

    private Optional<Competition> load(UUID id, String lock) {
        record Head(String name, LocalDate heldOn, String place, String townCode, List<String> coOrganizers, Instant publishedAt,
                    long version) {
        }
        Optional<Head> head = jdbc.sql("select name, held_on, place, town_code, co_organizers, published_at, version from competition"
                        + " where id = :id" + lock)
                .param("id", id)
                .query((rs, n) -> new Head(rs.getString("name"), rs.getObject("held_on", LocalDate.class), rs.getString("place"),
                        rs.getString("town_code"), strings(rs.getArray("co_organizers")), instant(rs, "published_at"),
                        rs.getLong("version")))
                .optional();
        return head.map(h -> new Competition(id, new CompetitionPlan(h.name(), h.heldOn(), h.place(), h.townCode(), h.coOrganizers(),
                jdbc.sql("select code, name, weight from competition_criterion where competition_id = ? order by position").param(id)
                        .query((rs, n) -> new Criterion(rs.getString("code"), rs.getString("name"), rs.getInt("weight"))).list(),
                jdbc.sql("select subject, name from competition_judge where competition_id = ? order by subject").param(id)
                        .query((rs, n) -> new Judge(rs.getString("subject"), rs.getString("name"))).list(),
                jdbc.sql("select name, from_rank, to_rank from competition_award where competition_id = ? order by position").param(id)
                        .query((rs, n) -> new Award(rs.getString("name"), rs.getInt("from_rank"), rs.getInt("to_rank"))).list()),
                h.publishedAt(), h.version()));
    }

    List<Competition> search(String townCode, LocalDate from, LocalDate to, long offset, int limit) {
        return jdbc.sql("""
                select id from competition
                where (cast(:townCode as text) is null or town_code = :townCode)
                  and (cast(:from as date) is null or held_on >= :from) and (cast(:to as date) is null or held_on <= :to)
                order by held_on desc, id offset :offset limit :limit
                """)
                .param("townCode", townCode).param("from", from).param("to", to).param("offset", offset).param("limit", limit)
                .query(UUID.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    long count(String townCode, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) from competition
                where (cast(:townCode as text) is null or town_code = :townCode)
                  and (cast(:from as date) is null or held_on >= :from) and (cast(:to as date) is null or held_on <= :to)
                """).param("townCode", townCode).param("from", from).param("to", to).query(Long.class).single();
    }

    void markPublished(Competition competition) {
        jdbc.sql("update competition set status = 'PUBLISHED', published_at = :at, version = :version where id = :id")
                .param("at", OffsetDateTime.ofInstant(competition.publishedAt(), ZoneOffset.UTC)).param("version", competition.version())
                .param("id", competition.id()).update();
    }

    /** @return false when she was a contestant already */
    boolean addContestant(UUID competitionId, UUID personId) {
        return jdbc.sql("insert into competition_contestant (competition_id, person_id) values (?, ?) on conflict do nothing")
                .params(competitionId, personId).update() == 1;
    }

    List<UUID> contestants(UUID competitionId) {
        return jdbc.sql("select person_id from competition_contestant where competition_id = ? order by person_id")
                .param(competitionId).query(UUID.class).list();
    }

    /** @return false when this judge had scored this contestant on this criterion already */
    boolean addScore(UUID competitionId, Score score, Instant at) {
        return jdbc.sql("""
                insert into competition_score (competition_id, judge_subject, person_id, criterion_code, score, scored_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing
                """)
                .params(competitionId, score.judge(), score.contestantId(), score.criterion(), score.value(),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update() == 1;
    }

    List<Score> scores(UUID competitionId) {
        return jdbc.sql("select judge_subject, person_id, criterion_code, score from competition_score where competition_id = ?")
                .param(competitionId)
                .query((rs, n) -> new Score(rs.getString("judge_subject"), rs.getObject("person_id", UUID.class),
                        rs.getString("criterion_code"), rs.getBigDecimal("score")))
                .list();
    }

    void keepPlacings(UUID competitionId, List<Placing> placings) {
        for (Placing placing : placings) {
            jdbc.sql("insert into competition_placing (competition_id, person_id, rank, total_score, award) values (?, ?, ?, ?, ?)")
                    .params(competitionId, placing.contestantId(), placing.rank(), placing.totalScore(), placing.award()).update();
        }
    }

    List<Placing> placings(UUID competitionId) {
        return jdbc.sql("select person_id, rank, total_score, award from competition_placing where competition_id = ?"
                        + " order by rank, person_id")
                .param(competitionId)
                .query((rs, n) -> new Placing(rs.getObject("person_id", UUID.class), rs.getInt("rank"), rs.getBigDecimal("total_score"),
                        rs.getString("award")))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
