package org.jinguo.training.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.LikePatterns;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CourseRepository extends Table<Course> {

    private static final String COLUMNS = "id, title, series, category, programme_code, description, host_organization_id, town_code,"
            + " required_attendances, version";
    private static final String FILTER = """
             where (cast(:category as text) is null or category = :category)
               and (cast(:series as text) is null or series = :series)
               and (cast(:programmeCode as text) is null or programme_code = :programmeCode)
               and (cast(:townCode as text) is null or town_code = :townCode)
               and (cast(:title as text) is null or title ilike :title)
            """;

    CourseRepository(JdbcClient jdbc) {
        super(jdbc, "course", COLUMNS, CourseRepository::row, CourseRepository::bind);
    }

    Page<Course> search(CourseFilter filter, String orderBy, PageQuery query) {
        return page(FILTER, statement -> filtered(statement, filter), orderBy, query);
    }

    private static JdbcClient.StatementSpec filtered(JdbcClient.StatementSpec statement, CourseFilter filter) {
        return statement
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
