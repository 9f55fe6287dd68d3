package org.jinguo.care.statistics;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jinguo.web.statistics.ReportScope;

/**
 * care's section of the impact report (docs/domain.md, "The impact report"), and three more figures of the programme's work.
 *
 * @param caringMothers          registered on or before {@code to} and not withdrawn on or before it
 * @param activeMatches          confirmed matches in force on {@code to}
 * @param insuredWomen           distinct women whose insurance cover overlaps the period
 * @param donatedSuppliesFen     valuation of donated goods received in the period (money excluded)
 * @param householdsServed       distinct households taking part in family activities held in the period
 * @param parentChildActivities  PARENT_CHILD family activities held in the period
 * @param visits                 visits and service records to children in the period
 * @param mediationCases         family-dispute mediation cases opened in the period
 * @param childrenServed         distinct children in a confirmed match at any time in the period
 */
record CareStatistics(@JsonUnwrapped ReportScope scope, long caringMothers, long activeMatches, long insuredWomen,
                      long donatedSuppliesFen, long householdsServed, long parentChildActivities, long visits, long mediationCases,
                      long childrenServed) {
}
