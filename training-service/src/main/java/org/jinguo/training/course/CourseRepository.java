package org.jinguo.training.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jinguo.web.paging.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CourseRepository {

    private static final String COLUMNS = "id, title, series, category, programme_code, description, host_organization_id, town_code,"
            + " required_attendances, version";
    private static final String FILTER = """
             where (cast(:category as text) is null or category = :category)
               and (cast(:series as text) is null or series = :series)
               and (cast(:programmeCode as text) is null or programme_code = :programmeCode)
               and (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:title as text) is null or title ilike :title)
            """;

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Course course) {
        bind(jdbc.sql("insert into course (" + COLUMNS + ") values (:id, :title, :series, :category, :programmeCode, :description,"
                + " :hostOrganizationId, :townCode, :requiredAttendances, :version)"), course).update();
    }

    /** @return false when it changed since it was read at {@code expectedVersion} */
    boolean update(Course course, long expectedVersion) {
        return bind(jdbc.sql("""
                update course set title = :title, series = :series, category = :category, programme_code = :programmeCode,
                       description = :description, host_organization_id = :hostOrganizationId, town_code = :townCode,
                       required_attendances = :requiredAttendances, version = :version
                where id = :id and version = :expected
                """), course).param("expected", expectedVersion).update() == 1;
    }

    Optional<Course> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from course where id = :id").param("id", id).query(CourseRepository::row).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from course where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    List<Course> search(CourseFilter filter, String orderBy, long offset, int limit) {
        return filtered("select " + COLUMNS + " from course" + FILTER + " order by " + orderBy + " offset :offset limit :limit", filter)
                .param("offset", offset).param("limit", limit).query(CourseRepository::row).list();
    }

    long count(CourseFilter filter) {
        return filtered("select count(*) from course" + FILTER, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, CourseFilter filter) {
        return jdbc.sql(sql)
                .param("category", filter.category() == null ? null : filter.category().name())
                .param("series", filter.series())
                .param("programmeCode", filter.programmeCode())
                .param("townCode", filter.townCode())
                .param("title", LikePatterns.containing(filter.title()));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Course course) {
        CourseOutline outline = course.outline();
        return statement
                .param("id", course.id())
                .param("title", outline.title())
                .param("series", outline.series())
                .param("category", outline.category().name())
                .param("programmeCode", outline.programmeCode())
                .param("description", outline.description())
                .param("hostOrganizationId", outline.hostOrganizationId())
                .param("townCode", outline.townCode())
                .param("requiredAttendances", outline.requiredAttendances())
                .param("version", course.version());
    }

    private static Course row(ResultSet rs, int rowNumber) throws SQLException {
        return new Course(rs.getObject("id", UUID.class), new CourseOutline(rs.getString("title"), rs.getString("series"),
                CourseCategory.valueOf(rs.getString("category")), rs.getString("programme_code"), rs.getString("description"),
                rs.getObject("host_organization_id", UUID.class), rs.getString("town_code"), rs.getInt("required_attendances")),
                rs.getLong("version"));
    }
}
