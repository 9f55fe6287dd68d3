package org.jinguo.commerce.employment;

import java.util.UUID;

/** The filters of the employment list, any may be null. */
record EmploymentFilter(UUID workshopId, UUID personId, String townCode) {
}
