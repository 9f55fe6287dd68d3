package org.jinguo.care.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.web.time.BusinessDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class ReferralRepository {

    private final JdbcClient jdbc;

    void insert(Referral referral) {
        jdbc.sql("""
                insert into referral (id, child_id, partner_client_id, kind, referred_on, referred_by, status, answered_on, town_code, version)
                values (:id, :childId, :partner, :kind, :referredOn, :referredBy, :status, null, :townCode, 1)
                """).param("id", referral.id()).param("childId", referral.childId()).param("partner", referral.partnerClientId())
                .param("kind", referral.kind().name()).param("referredOn", referral.referredOn()).param("referredBy", referral.referredBy())
                .param("status", referral.status().name()).param("townCode", referral.townCode()).update();
    }

    boolean answer(Referral referral, long readVersion) {
        return jdbc.sql("update referral set status = :status, answered_on = :on, version = :version where id = :id and version = :read")
                .param("id", referral.id()).param("status", referral.status().name()).param("on", referral.answeredOn())
                .param("version", referral.version()).param("read", readVersion).update() == 1;
    }

    int withdrawOpen(UUID childId, LocalDate on) {
        return jdbc.sql("""
                update referral set status = 'WITHDRAWN', answered_on = :on, version = version + 1
                where child_id = :childId and status in ('SENT', 'ACCEPTED')
                """).param("childId", childId).param("on", on).update();
    }

    boolean openFor(UUID childId, String partner) {
        return jdbc.sql("select count(*) from referral where child_id = :childId and partner_client_id = :partner and status in ('SENT', 'ACCEPTED')")
                .param("childId", childId).param("partner", partner).query(Long.class).single() > 0;
    }

    Optional<Referral> find(UUID id) {
        return jdbc.sql("select * from referral where id = :id").param("id", id).query(this::row).optional();
    }

    List<Referral> search(String partner, UUID childId, ReferralStatus status, String townCode, long offset, int limit) {
        return jdbc.sql("select r.* from referral" + FILTER + " order by r.referred_on desc, r.id offset :offset limit :limit")
                .param("partner", partner).param("childId", childId).param("status", status == null ? null : status.name())
                .param("town", townCode).param("today", BusinessDates.today()).param("offset", offset).param("limit", limit)
                .query(this::row).list();
    }

    long count(String partner, UUID childId, ReferralStatus status, String townCode) {
        return jdbc.sql("select count(*) from referral" + FILTER).param("partner", partner).param("childId", childId)
                .param("status", status == null ? null : status.name()).param("town", townCode).param("today", BusinessDates.today())
                .query(Long.class).single();
    }

    /** A partner's list holds only cases whose consent to share holds today: a withdrawal drops them all from its sight. */
    private static final String FILTER = """
             r where (cast(:partner as text) is null or (r.partner_client_id = :partner and exists (
                 select 1 from child c where c.id = r.child_id and c.share_consent_on <= :today
                 and (c.share_consent_withdrawn_on is null or c.share_consent_withdrawn_on > :today))))
            and (cast(:childId as uuid) is null or r.child_id = :childId)
            and (cast(:status as text) is null or r.status = :status) and (cast(:town as text) is null or r.town_code = :town)""";

    private Referral row(ResultSet rs, int n) throws SQLException {
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("partner_client_id"),
                ReferralKind.valueOf(rs.getString("kind")), rs.getObject("referred_on", LocalDate.class), rs.getString("referred_by"),
                ReferralStatus.valueOf(rs.getString("status")), rs.getObject("answered_on", LocalDate.class), rs.getString("town_code"),
                rs.getLong("version"));
    }
}
