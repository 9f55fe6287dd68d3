package org.jinguo.org.cadre;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.jdbc.Filter;
import org.jinguo.protection.vault.PersonalDataVault;
import org.jinguo.web.paging.Page;
import org.jinguo.web.paging.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores cadres with their phone sealed under each cadre's data key, and masked beside it. */
@Repository
@RequiredArgsConstructor
class CadreRepository {

    static final String PHONE = "phone";
    private static final String COLUMNS = "c.id, c.organization_id, c.name_zh, c.post, c.phone_sealed, c.term_started_on, c.term_ended_on,"
            + " c.version, o.town_code";
    private static final String FROM = "cadre c join organization o on o.id = c.organization_id";
    private final JdbcClient jdbc;
    private final PersonalDataVault vault;

    /** A cadre and the town of the organisation the post is in. */
    record CadreInTown(Cadre cadre, String townCode) {
    }

    void insert(Cadre cadre) {
        vault.newRecordKey(cadre.id());
        bind(jdbc.sql("insert into cadre (id, organization_id, name_zh, post, phone_sealed, phone_masked, term_started_on, term_ended_on, version)"
                + " values (:id, :organizationId, :nameZh, :post, :phoneSealed, :phoneMasked, :termStartedOn, :termEndedOn, :version)"), cadre)
                .param("organizationId", cadre.organizationId())
                .param("termStartedOn", cadre.termStartedOn())
                .update();
    }

    Optional<CadreInTown> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where c.id = :id").param("id", id).query(this::row).optional();
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from cadre where id = :id").param("id", id).query(Long.class).single() > 0;
    }

    /** @return false when it changed since it was read at {@code expectedVersion} */
    boolean update(Cadre cadre, long expectedVersion) {
        return bind(jdbc.sql("""
                update cadre set name_zh = :nameZh, post = :post, phone_sealed = :phoneSealed, phone_masked = :phoneMasked,
                       term_ended_on = :termEndedOn, version = :version
                where id = :id and version = :expected
                """), cadre)
                .param("expected", expectedVersion)
                .update() == 1;
    }

    Page<CadreInTown> search(CadreFilter filter, String orderBy, PageQuery query) {
        Boolean current = filter.current();
        return Filter.where().equal("c.organization_id", filter.organizationId()).equal("o.town_code", filter.townCode())
                .equal("c.post", filter.post()).contains(filter.name(), "c.name_zh")
                .when(Boolean.TRUE.equals(current) ? filter.today() : null,
                        "c.term_started_on <= ? and (c.term_ended_on is null or c.term_ended_on >= ?)")
                .when(Boolean.FALSE.equals(current) ? filter.today() : null, "c.term_ended_on < ?")
                .page(jdbc, COLUMNS, FROM, orderBy, this::row, query);
    }

    /** The organisation's open-ended posts that began before {@code day}, locked. */
    List<CadreInTown> openBefore(UUID organizationId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from " + FROM + " where c.organization_id = :organizationId and c.term_started_on < :day"
                        + " and c.term_ended_on is null for update of c")
                .param("organizationId", organizationId).param("day", day).query(this::row).list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Cadre cadre) {
        return statement
                .param("id", cadre.id())
                .param("nameZh", cadre.nameZh())
                .param("post", cadre.post().name())
                .param("phoneSealed", cadre.phone() == null ? null : vault.existingRecordKey(cadre.id()).seal(PHONE, cadre.phone()))
                .param("phoneMasked", cadre.maskedPhone())
                .param("termEndedOn", cadre.termEndedOn())
                .param("version", cadre.version());
    }

    private CadreInTown row(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        byte[] phone = rs.getBytes("phone_sealed");
        return new CadreInTown(new Cadre(id, rs.getObject("organization_id", UUID.class),
                rs.getString("name_zh"), CadrePost.valueOf(rs.getString("post")),
                phone == null ? null : vault.existingRecordKey(id).open(PHONE, phone, String.class),
                rs.getObject("term_started_on", LocalDate.class), rs.getObject("term_ended_on", LocalDate.class),
                rs.getLong("version")), rs.getString("town_code"));
    }
}
