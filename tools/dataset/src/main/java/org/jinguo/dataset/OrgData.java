package org.jinguo.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** org-service's part: federations, the unit register and coverage. */
public record OrgData(List<Federation> federations, List<Unit> units, List<Coverage> coverages) {

    /** @param townCode null for a city-wide federation; {@code parentId} null only for the city's */
    public record Federation(UUID id, String type, String nameZh, String industry, String townCode, UUID parentId, LocalDate foundedOn) {
    }

    public record Unit(UUID id, String nameZh, String creditCode, String domain, String industry, String townCode, int headcount,
                       int womenHeadcount, LocalDate registeredOn) {
    }

    /** @param endedOn the last day covered, or null while it runs */
    public record Coverage(UUID unitId, UUID organizationId, String mode, LocalDate startedOn, LocalDate endedOn) {
    }
}
