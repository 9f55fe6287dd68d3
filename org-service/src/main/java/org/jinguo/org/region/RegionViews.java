package org.jinguo.org.region;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the regions API returns. */
final class RegionViews {

    private RegionViews() {
    }

    record TownView(String code, TownKind kind, String nameZh, String nameEn, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
                    List<String> neighborTownCodes, long version) {

        static TownView of(Town town) {
            Coordinates location = town.location();
            return new TownView(town.code(), town.kind(), town.nameZh(), town.nameEn(),
                    location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                    List.copyOf(town.neighborCodes()), town.version());
        }
    }

    record VillageView(UUID id, String townCode, VillageKind kind, String nameZh, @Nullable String nameEn, @Nullable BigDecimal latitude,
                       @Nullable BigDecimal longitude, VillageStatus status, @Nullable LocalDate retiredOn, long version) {

        static VillageView of(Village village) {
            Coordinates location = village.location();
            return new VillageView(village.id(), village.townCode(), village.kind(), village.nameZh(), village.nameEn(),
                    location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                    village.status(), village.retiredOn(), village.version());
        }
    }
}
