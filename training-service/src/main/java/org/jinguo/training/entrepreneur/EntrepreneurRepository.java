package org.jinguo.training.entrepreneur;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Association members and their recommendations. */
@Repository
@RequiredArgsConstructor
class EntrepreneurRepository {

    private static final String ENTREPRENEUR = "id, name_zh, enterprise, industry, town_code, person_id, member_since, second_generation,"
            + " version";
    private static final String RECOMMENDATION = "id, entrepreneur_id, contest, level, recommended_on, result, award, decided_on, version";
    private static final String FILTER = """
             where (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:secondGeneration as boolean) is null or second_generation = :secondGeneration)
            """;

    private final JdbcClient jdbc;

    void insert(Entrepreneur entrepreneur) {
        bind(jdbc.sql("insert into entrepreneur (" + ENTREPRENEUR + ") values (:id, :nameZh, :enterprise, :industry, :townCode, :personId,"
                + " :memberSince, :secondGeneration, :version)"), entrepreneur).update();
    }

    boolean update(Entrepreneur entrepreneur, long expectedVersion) {
        return bind(jdbc.sql("""
                update entrepreneur set name_zh = :nameZh, enterprise = :enterprise, industry = :industry, town_code = :townCode,
                       person_id = :personId, member_since = :memberSince, second_generation = :secondGeneration, version = :version
                where id = :id and version = :expected
                """), entrepreneur).param("expected", expectedVersion).update() == 1;
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from entrepreneur where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Entrepreneur> entrepreneur(UUID id) {
        return jdbc.sql("select " + ENTREPRENEUR + " from entrepreneur where id = :id").param("id", id)
                .query(EntrepreneurRepository::entrepreneurRow).optional();
    }

    List<Entrepreneur> entrepreneurs(String townCode, Boolean secondGeneration, long offset, int limit) {
        return jdbc.sql("select " + ENTREPRENEUR + " from entrepreneur" + FILTER + " order by name_zh, id offset :offset limit :limit")
                .param("townCode", townCode).param("secondGeneration", secondGeneration).param("offset", offset).param("limit", limit)
                .query(EntrepreneurRepository::entrepreneurRow).list();
    }

    long count(String townCode, Boolean secondGeneration) {
        return jdbc.sql("select count(*) from entrepreneur" + FILTER).param("townCode", townCode)
                .param("secondGeneration", secondGeneration).query(Long.class).single();
    }

    void insert(Recommendation recommendation) {
        jdbc.sql("insert into recommendation (" + RECOMMENDATION + ") values (:id, :entrepreneurId, :contest, :level, :recommendedOn,"
                        + " :result, :award, :decidedOn, :version)")
                .param("id", recommendation.id()).param("entrepreneurId", recommendation.entrepreneurId())
                .param("contest", recommendation.contest()).param("level", recommendation.level().name())
                .param("recommendedOn", recommendation.recommendedOn()).param("result", recommendation.result().name())
                .param("award", recommendation.award()).param("decidedOn", recommendation.decidedOn())
                .param("version", recommendation.version())
                .update();
    }

    boolean updateResult(Recommendation recommendation, long expectedVersion) {
        return jdbc.sql("""
                update recommendation set result = :result, award = :award, decided_on = :decidedOn, version = :version
                where id = :id and version = :expected
                """)
                .param("result", recommendation.result().name()).param("award", recommendation.award())
                .param("decidedOn", recommendation.decidedOn()).param("version", recommendation.version())
                .param("id", recommendation.id()).param("expected", expectedVersion)
                .update() == 1;
    }

    boolean recommendationExists(UUID id) {
        return jdbc.sql("select count(*) from recommendation where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    Optional<Recommendation> recommendation(UUID id) {
        return jdbc.sql("select " + RECOMMENDATION + " from recommendation where id = :id").param("id", id)
                .query(EntrepreneurRepository::recommendationRow).optional();
    }

    List<Recommendation> recommendationsOf(UUID entrepreneurId) {
        return jdbc.sql("select " + RECOMMENDATION + " from recommendation where entrepreneur_id = :id order by recommended_on, id")
                .param("id", entrepreneurId).query(EntrepreneurRepository::recommendationRow).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Entrepreneur entrepreneur) {
        return statement.param("id", entrepreneur.id()).param("nameZh", entrepreneur.nameZh()).param("enterprise", entrepreneur.enterprise())
                .param("industry", entrepreneur.industry()).param("townCode", entrepreneur.townCode())
                .param("personId", entrepreneur.personId()).param("memberSince", entrepreneur.memberSince())
                .param("secondGeneration", entrepreneur.secondGeneration()).param("version", entrepreneur.version());
    }

    private static Entrepreneur entrepreneurRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Entrepreneur(rs.getObject("id", UUID.class), rs.getString("name_zh"), rs.getString("enterprise"),
                rs.getString("industry"), rs.getString("town_code"), rs.getObject("person_id", UUID.class),
                rs.getObject("member_since", LocalDate.class), rs.getBoolean("second_generation"), rs.getLong("version"));
    }

    private static Recommendation recommendationRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Recommendation(rs.getObject("id", UUID.class), rs.getObject("entrepreneur_id", UUID.class), rs.getString("contest"),
                ContestLevel.valueOf(rs.getString("level")), rs.getObject("recommended_on", LocalDate.class),
                RecommendationResult.valueOf(rs.getString("result")), rs.getString("award"), rs.getObject("decided_on", LocalDate.class),
                rs.getLong("version"));
    }
}
