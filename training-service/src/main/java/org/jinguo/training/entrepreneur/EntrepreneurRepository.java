package org.jinguo.training.entrepreneur;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Association members and their recommendations. */
@Repository
class EntrepreneurRepository extends Table<Entrepreneur> {

    private static final String ENTREPRENEUR = "id, name_zh, enterprise, industry, town_code, person_id, member_since, second_generation,"
            + " version";
    private static final String RECOMMENDATION = "id, entrepreneur_id, contest, level, recommended_on, result, award, decided_on, version";
    private final Table<Recommendation> recommendations;

    EntrepreneurRepository(JdbcClient jdbc) {
        super(jdbc, "entrepreneur", ENTREPRENEUR, EntrepreneurRepository::entrepreneurRow, EntrepreneurRepository::bind);
        this.recommendations = new Table<>(jdbc, "recommendation", RECOMMENDATION, EntrepreneurRepository::recommendationRow,
                EntrepreneurRepository::bind, Set.of("entrepreneur_id", "contest", "level", "recommended_on"));
    }

    Page<Entrepreneur> entrepreneurs(String townCode, Boolean secondGeneration, PageQuery query) {
        return page(Filter.where().equal("town_code", townCode).equal("second_generation", secondGeneration), "name_zh, id", query);
    }

    void insert(Recommendation recommendation) {
        recommendations.insert(recommendation);
    }

    /** Writes the result only: the contest and the day of the recommendation stay as they were. */
    boolean updateResult(Recommendation recommendation, long expectedVersion) {
        return recommendations.update(recommendation, expectedVersion);
    }

    boolean recommendationExists(UUID id) {
        return recommendations.exists(id);
    }

    Optional<Recommendation> recommendation(UUID id) {
        return recommendations.find(id);
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

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Recommendation recommendation) {
        return statement.param("id", recommendation.id()).param("entrepreneurId", recommendation.entrepreneurId())
                .param("contest", recommendation.contest()).param("level", recommendation.level().name())
                .param("recommendedOn", recommendation.recommendedOn()).param("result", recommendation.result().name())
                .param("award", recommendation.award()).param("decidedOn", recommendation.decidedOn())
                .param("version", recommendation.version());
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
