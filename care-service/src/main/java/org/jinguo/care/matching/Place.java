package org.jinguo.care.matching;

import java.util.UUID;

/** Where someone lives, as far as known: town, village, coordinates (degrees, null when unknown). */
record Place(String townCode, UUID villageId, Double latitude, Double longitude) {

    boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }

    /** Great-circle distance in kilometres. */
    double kilometresTo(Place other) {
        double earthRadiusKm = 6371.0;
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
