package org.jinguo.org.organization;

import java.util.UUID;

/** The filters of the organisation list; {@code status} is the status today. Any may be null. */
record OrganizationFilter(OrganizationType type, String townCode, OrganizationStatus status, UUID parentId, String name) {
}
