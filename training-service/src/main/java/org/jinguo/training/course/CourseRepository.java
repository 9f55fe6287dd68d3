package org.jinguo.training.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import org.jinguo.jdbc.Filter;
import org.jinguo.jdbc.Table;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CourseRepository extends Table<Course> {

    private static final String COLUMNS = "id, title, series, category, programme_code, description, host_organization_id, town_code,"
            + " required_attendances, version";

    CourseRepository(JdbcClient jdbc) {
        super(jdbc, "course", COLUMNS, CourseRepository::row, CourseRepository::bind);
    }

    Page<Course> search(CourseFilter filter, String orderBy, PageQuery query) {
        return page(Filter.where().equal("category", filter.category()).equal("series", filter.series())
                .equal("programme_code", filter.programmeCode()).equal("town_code", filter.townCode()).contains(filter.title(), "title"),
                orderBy, query);
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
