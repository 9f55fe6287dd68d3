package org.jinguo.care.child;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a list of children is narrowed to. {@code onlyIds}: a caring mother's or helper's own
 * children; {@code sharedOn}: for a partner, only cases whose consent to share holds on that day.
 */
record ChildFilter(String townCode, ChildStatus status, ChildCategory category, String idNumberHash, String phoneHash, List<UUID> onlyIds,
                   LocalDate sharedOn, OffsetDateTime updatedSince) {

}
