package org.jinguo.care.matching;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the region copy tells matching: each town's neighbours, and villages' coordinates (entered in org-service; none are seeded). */
@Component
@RequiredArgsConstructor
class SurroundingsRepository {

    private final JdbcClient jdbc;

    Map<String, Set<String>> neighbours() {
        Map<String, Set<String>> neighbours = new HashMap<>();
        jdbc.sql("select town_code, neighbor_code from region_town_neighbor").query((java.sql.ResultSet rs) -> {
            // Neighbourhood goes both ways, whichever town's record lists it.
            neighbours.computeIfAbsent(rs.getString("town_code"), town -> new TreeSet<>()).add(rs.getString("neighbor_code"));
            neighbours.computeIfAbsent(rs.getString("neighbor_code"), town -> new TreeSet<>()).add(rs.getString("town_code"));
        });
        return neighbours;
    }

    record Coordinates(double latitude, double longitude) {
    }

    Map<UUID, Coordinates> villageCoordinates() {
        Map<UUID, Coordinates> coordinates = new HashMap<>();
        jdbc.sql("select id, latitude, longitude from region_village where latitude is not null and longitude is not null")
                .query((java.sql.ResultSet rs) -> {
                    BigDecimal latitude = rs.getBigDecimal("latitude");
                    BigDecimal longitude = rs.getBigDecimal("longitude");
                    coordinates.put(rs.getObject("id", UUID.class), new Coordinates(latitude.doubleValue(), longitude.doubleValue()));
                });
        return coordinates;
    }
}
