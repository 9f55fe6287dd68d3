package org.jinguo.org.region;

record VillageRevision(VillageKind kind, String nameZh, String nameEn, Coordinates location) {
}
