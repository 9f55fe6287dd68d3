package org.jinguo.commerce.workshop;

import java.time.LocalDate;

/** The filters of the workshop list, any may be null: town, kind, active on a day, part of the name. */
record WorkshopFilter(String townCode, WorkshopKind kind, LocalDate activeOn, String name) {
}
