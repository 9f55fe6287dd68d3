package org.jinguo.org.region;

import java.util.UUID;

/** @param id chosen by an offline-capable client, or null to have one generated */
record VillageRegistration(UUID id, VillageKind kind, String nameZh, String nameEn, Coordinates location) {
}
