package org.jinguo.care.helper;

import java.time.LocalDate;
import java.util.UUID;

/** A helper's record; her name and phone are sealed apart, like a mother's. */
record Helper(UUID id, HelperKind kind, String accountSubject, String townCode, LocalDate registeredOn, LocalDate leftOn, long version) {
}
