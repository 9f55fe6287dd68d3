package org.jinguo.org.cadre;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The filters of the cadre list; any may be null.
 *
 * @param current true: terms running today; false: terms ended; null: both
 */
record CadreFilter(UUID organizationId, String townCode, CadrePost post, String name, Boolean current, LocalDate today) {
}
