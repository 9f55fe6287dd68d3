package org.jinguo.org.region;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jinguo.web.problem.RuleViolation;

/**
 * A town, sub-district or zone of the city. Its code and kind are fixed; its names, location and
 * neighbours are maintained by the city federation.
 */
public final class Town {

    private final String code;
    private final TownKind kind;
    private String nameZh;
    private String nameEn;
    private Coordinates location;
    private final SortedSet<String> neighborCodes;
    private long version;

    public Town(String code, TownKind kind, String nameZh, String nameEn, Coordinates location,
                SortedSet<String> neighborCodes, long version) {
        this.code = code;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.location = location;
        this.neighborCodes = new TreeSet<>(neighborCodes);
        this.version = version;
    }

    /**
     * Borders are mutual: each town gained or lost as a neighbour must record this one too
     * ({@link #addNeighbor}, {@link #removeNeighbor}).
     */
    public void revise(String nameZh, String nameEn, Coordinates location, SortedSet<String> neighbors) {
        if (neighbors.contains(code)) {
            throw new RuleViolation("TOWN_OWN_NEIGHBOR", code);
        }
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.location = location;
        neighborCodes.clear();
        neighborCodes.addAll(neighbors);
        version++;
    }

    public void addNeighbor(String neighborCode) {
        if (neighborCodes.add(neighborCode)) {
            version++;
        }
    }

    public void removeNeighbor(String neighborCode) {
        if (neighborCodes.remove(neighborCode)) {
            version++;
        }
    }

    public String code() {
        return code;
    }

    public TownKind kind() {
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

    public SortedSet<String> neighborCodes() {
        return Collections.unmodifiableSortedSet(neighborCodes);
    }

    public long version() {
        return version;
    }
}
