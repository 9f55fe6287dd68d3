package org.jinguo.org.region;

import java.util.List;

/** The new names, location (null for none) and neighbours of a town. */
record TownRevision(String nameZh, String nameEn, Coordinates location, List<String> neighborTownCodes) {
}
