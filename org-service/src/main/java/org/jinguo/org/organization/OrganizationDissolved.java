package org.jinguo.org.organization;

import java.time.LocalDate;
import java.util.UUID;

/** Told to the other features of org-service, in the dissolving transaction, when an organisation is dissolved. */
public record OrganizationDissolved(UUID organizationId, LocalDate effectiveOn) {
}
