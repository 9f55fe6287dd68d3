package org.jinguo.org.region;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/**
 * A village or community under a town. It is never deleted: records elsewhere keep pointing at
 * it, so when it is merged or abolished it is retired from a date on.
 */
public final class Village {

    private final UUID id;
    private final String townCode;
    private VillageKind kind;
    private String nameZh;
    private String nameEn;
    private Coordinates location;
    private VillageStatus status;
    private LocalDate retiredOn;
    private long version;

    public Village(UUID id, String townCode, VillageKind kind, String nameZh, String nameEn, Coordinates location,
                   VillageStatus status, LocalDate retiredOn, long version) {
        this.id = id;
        this.townCode = townCode;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.location = location;
        this.status = status;
        this.retiredOn = retiredOn;
        this.version = version;
    }

    public static Village register(UUID id, String townCode, VillageKind kind, String nameZh, String nameEn, Coordinates location) {
        return new Village(id, townCode, kind, nameZh, nameEn, location, VillageStatus.ACTIVE, null, 1);
    }

    public void revise(VillageKind kind, String nameZh, String nameEn, Coordinates location) {
        requireActive();
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.location = location;
        version++;
    }

    public void retire(LocalDate effectiveOn) {
        requireActive();
        status = VillageStatus.RETIRED;
        retiredOn = effectiveOn;
        version++;
    }

    private void requireActive() {
        if (status == VillageStatus.RETIRED) {
            throw new RuleViolation("VILLAGE_RETIRED", id, retiredOn);
        }
    }

    public UUID id() {
        return id;
    }

    public String townCode() {
        return townCode;
    }

    public VillageKind kind() {
        return kind;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Coordinates location() {
        return location;
    }

    public VillageStatus status() {
        return status;
    }

    public LocalDate retiredOn() {
        return retiredOn;
    }

    public long version() {
        return version;
    }
}
