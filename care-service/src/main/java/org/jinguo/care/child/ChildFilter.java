package org.jinguo.care.child;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a list of children is narrowed to. {@code onlyIds}: a caring mother's or helper's own
 * children; {@code sharedOn}: for a partner, only cases whose consent to share holds on that day.
 */
record ChildFilter(String townCode, ChildStatus status, ChildCategory category, String idNumberHash, String phoneHash, List<UUID> onlyIds,
                   LocalDate sharedOn) {

    static final String CONDITION = """
            (cast(:townCode as text) is null or town_code = :townCode)
            and (cast(:status as text) is null or status = :status)
            and (cast(:category as text) is null or category = :category)
            and (cast(:idNumberHash as text) is null or id_number_hash = :idNumberHash)
            and (cast(:phoneHash as text) is null or phone_hash = :phoneHash)
            and (cast(:only as uuid[]) is null or id = any(:only))
            and (cast(:sharedOn as date) is null or (share_consent_on <= :sharedOn
                 and (share_consent_withdrawn_on is null or share_consent_withdrawn_on > :sharedOn)))
            """;
}
