package org.jinguo.org.region;

/**
 * What a list of villages may be narrowed by; null means "any".
 *
 * @param name part of the Chinese or English name, case-insensitive
 */
record VillageFilter(String townCode, VillageKind kind, VillageStatus status, String name) {
}
