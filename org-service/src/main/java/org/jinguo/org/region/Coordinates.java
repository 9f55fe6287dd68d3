package org.jinguo.org.region;

import java.math.BigDecimal;

/** A point in WGS-84 degrees, kept to six decimals (about 0.1 m). */
public record Coordinates(BigDecimal latitude, BigDecimal longitude) {

    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    public Coordinates {
        if (latitude == null || longitude == null
                || latitude.abs().compareTo(MAX_LATITUDE) > 0 || longitude.abs().compareTo(MAX_LONGITUDE) > 0) {
            throw new IllegalArgumentException("Not a point on Earth: " + latitude + ", " + longitude);
        }
        latitude = latitude.setScale(6, java.math.RoundingMode.HALF_UP);
        longitude = longitude.setScale(6, java.math.RoundingMode.HALF_UP);
    }

    /** @return the point, or null when both parts are absent */
    public static Coordinates ofNullable(BigDecimal latitude, BigDecimal longitude) {
        return latitude == null && longitude == null ? null : new Coordinates(latitude, longitude);
    }
}
