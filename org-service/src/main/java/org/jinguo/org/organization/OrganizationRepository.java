package org.jinguo.org.organization;

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

@Repository
class OrganizationRepository extends Table<Organization> {

    private static final String COLUMNS = "id, type, name_zh, name_en, industry, town_code, village_id, parent_id, address,"
            + " prepared_on, founded_on, dissolved_on, version";
    /** The status on the day given as {@code ?}, from the dates. */
    private static final String STATUS_ON_DAY = """
            case when dissolved_on <= ? then 'DISSOLVED' when founded_on <= ? then 'ACTIVE'
                 when prepared_on <= ? then 'PREPARING' end""";

    /** The advisory lock key of the organisation tree ("orgtree" in ASCII). */
    private static final long TREE_LOCK = 0x6f72677472656565L;

    OrganizationRepository(JdbcClient jdbc) {
        super(jdbc, "organization", COLUMNS, OrganizationRepository::row, OrganizationRepository::bind,
                Set.of("type", "industry", "town_code", "village_id", "prepared_on"));
    }

    /** Locks the row for the rest of the transaction: moves and dissolutions of one organisation serialise. */
    Optional<Organization> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organization where id = :id for update").param("id", id)
                .query(OrganizationRepository::row).optional();
    }

    /** Keeps it from changing (say, being dissolved) until the transaction ends, while others only read it. */
    Optional<Organization> findForShare(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from organization where id = :id for share").param("id", id)
                .query(OrganizationRepository::row).optional();
    }

    /** Moves wait for each other: two moves at once could otherwise each pass the cycle check and make a cycle together. */
    void lockTreeForMove() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", TREE_LOCK).query((rs, n) -> 1).single();
    }

    boolean cityExists() {
        return jdbc.sql("select count(*) from organization where type = 'CITY'").query(Long.class).single() > 0;
    }

    /** Whether {@code candidate} stands somewhere under {@code root}. */
    boolean isUnder(UUID candidate, UUID root) {
        return jdbc.sql("""
                with recursive below (id) as (
                    select id from organization where parent_id = :root
                    union
                    select o.id from organization o join below b on o.parent_id = b.id)
                select count(*) from below where id = :candidate
                """).param("root", root).param("candidate", candidate).query(Long.class).single() > 0;
    }

    /** Members directly under it that are not dissolved (or whose dissolution comes after {@code day}). */
    long membersAliveAfter(UUID id, LocalDate day) {
        return jdbc.sql("select count(*) from organization where parent_id = :id and (dissolved_on is null or dissolved_on > :day)")
                .param("id", id).param("day", day).query(Long.class).single();
    }

    Page<Organization> search(OrganizationFilter filter, LocalDate today, String orderBy, PageQuery query) {
        OrganizationStatus status = filter.status();
        // The status is one of the enumeration's codes, never a caller's text.
        String hasStatus = status == null ? null : "(" + STATUS_ON_DAY + ") = '" + status.name() + "'";
        return page(Filter.where().equal("type", filter.type()).equal("town_code", filter.townCode())
                .when(status == null ? null : today, hasStatus)
                .equal("parent_id", filter.parentId()).contains(filter.name(), "name_zh", "name_en"), orderBy, query);
    }

    /** The organisation and everything under it, depth first, members in name order. */
    List<Organization> subtree(UUID root, long offset, int limit) {
        return jdbc.sql("""
                with recursive tree (id, path) as (
                    select id, array[name_zh || id::text] from organization where id = :root
                    union all
                    select o.id, t.path || (o.name_zh || o.id::text)
                    from organization o join tree t on o.parent_id = t.id)
                select o.id, o.type, o.name_zh, o.name_en, o.industry, o.town_code, o.village_id, o.parent_id, o.address,
                       o.prepared_on, o.founded_on, o.dissolved_on, o.version
                from tree t join organization o on o.id = t.id
                order by t.path
                offset :offset limit :limit
                """).param("root", root).param("offset", offset).param("limit", limit)
                .query(OrganizationRepository::row).list();
    }

    long subtreeSize(UUID root) {
        return jdbc.sql("""
                with recursive tree (id) as (
                    select id from organization where id = :root
                    union all
                    select o.id from organization o join tree t on o.parent_id = t.id)
                select count(*) from tree
                """).param("root", root).query(Long.class).single();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Organization organization) {
        return statement
                .param("id", organization.id())
                .param("type", organization.type().name())
                .param("industry", organization.industry() == null ? null : organization.industry().name())
                .param("townCode", organization.townCode())
                .param("villageId", organization.villageId())
                .param("preparedOn", organization.preparedOn())
                .param("nameZh", organization.nameZh())
                .param("nameEn", organization.nameEn())
                .param("parentId", organization.parentId())
                .param("address", organization.address())
                .param("foundedOn", organization.foundedOn())
                .param("dissolvedOn", organization.dissolvedOn())
                .param("version", organization.version());
    }

    static Organization row(ResultSet rs, int rowNumber) throws SQLException {
        String industry = rs.getString("industry");
        return new Organization(rs.getObject("id", UUID.class), OrganizationType.valueOf(rs.getString("type")),
                rs.getString("name_zh"), rs.getString("name_en"), industry == null ? null : Industry.valueOf(industry),
                rs.getString("town_code"), rs.getObject("village_id", UUID.class), rs.getObject("parent_id", UUID.class),
                rs.getString("address"), rs.getObject("prepared_on", LocalDate.class), rs.getObject("founded_on", LocalDate.class),
                rs.getObject("dissolved_on", LocalDate.class), rs.getLong("version"));
    }
}
