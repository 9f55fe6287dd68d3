package org.jinguo.training.mentor;

import java.time.LocalDate;
import java.util.UUID;

/** The filters of the agreement list, any may be null: a mentor's, a town's, signed within [from, to]. */
record AgreementFilter(UUID mentorId, String townCode, LocalDate from, LocalDate to) {
}
