package org.jinguo.care.matching;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.jinguo.care.child.ChildCarers;
import org.jinguo.web.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The children a caring mother or helper cares for, from her login: a mother's confirmed
 * matches; a helper's children attached directly, and those of the mothers she supports.
 */
@Component
@RequiredArgsConstructor
class ChildCarersRepository implements ChildCarers {

    private final JdbcClient jdbc;

    @Override
    public List<UUID> childrenCaredForBy(Caller caller) {
        if (!caller.hasRole("CARING_MOTHER") && !caller.hasRole("HELPER")) {
            return List.of();
        }
        return jdbc.sql("""
                select m.child_id from care_match m join caring_mother cm on cm.id = m.mother_id
                where cm.account_subject = :subject and m.status = 'CONFIRMED' and :mother
                union
                select a.child_id from helper_attachment a join helper h on h.id = a.helper_id
                where h.account_subject = :subject and a.detached_on is null and a.child_id is not null and :helper
                union
                select m.child_id from helper_attachment a join helper h on h.id = a.helper_id
                join care_match m on m.mother_id = a.mother_id and m.status = 'CONFIRMED'
                where h.account_subject = :subject and a.detached_on is null and :helper
                """).param("subject", caller.subject()).param("mother", caller.hasRole("CARING_MOTHER"))
                .param("helper", caller.hasRole("HELPER")).query(UUID.class).list();
    }
}
