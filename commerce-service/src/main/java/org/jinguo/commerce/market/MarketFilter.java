package org.jinguo.commerce.market;

import java.time.LocalDate;

/** The filters of the market-event list, any may be null: kind, town, held within [from, to]. */
record MarketFilter(MarketKind kind, String townCode, LocalDate from, LocalDate to) {
}
