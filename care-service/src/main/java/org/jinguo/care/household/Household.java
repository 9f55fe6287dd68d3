package org.jinguo.care.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A family the federation serves: new residents' families in summer care, families in hardship,
 * households at family activities. Its head's name, address and phone are sealed apart.
 */
record Household(UUID id, String townCode, UUID villageId, boolean newResident, boolean inHardship, LocalDate registeredOn, long version) {
}
