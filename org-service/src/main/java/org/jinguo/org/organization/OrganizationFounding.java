package org.jinguo.org.organization;

import java.time.LocalDate;
import java.util.UUID;

/** What a new organisation is founded with; {@code id}, {@code townCode} and the optional fields may be null. */
record OrganizationFounding(UUID id, OrganizationType type, String nameZh, String nameEn, Industry industry, String townCode,
                            UUID villageId, UUID parentId, String address, OrganizationStatus status, LocalDate effectiveOn) {
}
