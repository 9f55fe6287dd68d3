package org.jinguo.org.unit;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.org.organization.Industry;

/**
 * A unit of the register of new-domain units: a company, a social organisation or a group of new
 * workers, in a town, with how many people and how many women work there. Its credit code and
 * town are fixed once registered.
 */
public final class Unit {

    private final UUID id;
    private String nameZh;
    private final String creditCode;
    private UnitDomain domain;
    private Industry industry;
    private final String townCode;
    private UUID villageId;
    private Headcount headcount;
    private final LocalDate registeredOn;
    private long version;

    public Unit(UUID id, String nameZh, String creditCode, UnitDomain domain, Industry industry, String townCode, UUID villageId,
                Headcount headcount, LocalDate registeredOn, long version) {
        this.id = id;
        this.nameZh = nameZh;
        this.creditCode = creditCode;
        this.domain = domain;
        this.industry = industry;
        this.townCode = townCode;
        this.villageId = villageId;
        this.headcount = headcount;
        this.registeredOn = registeredOn;
        this.version = version;
    }

    public static Unit register(UUID id, String nameZh, String creditCode, UnitDomain domain, Industry industry, String townCode,
                                UUID villageId, Headcount headcount, LocalDate registeredOn) {
        return new Unit(id, nameZh, creditCode, domain, industry, townCode, villageId, headcount, registeredOn, 1);
    }

    public void revise(String nameZh, UnitDomain domain, Industry industry, UUID villageId, Headcount headcount) {
        this.nameZh = nameZh;
        this.domain = domain;
        this.industry = industry;
        this.villageId = villageId;
        this.headcount = headcount;
        version++;
    }

    public UUID id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String creditCode() {
        return creditCode;
    }

    public UnitDomain domain() {
        return domain;
    }

    public Industry industry() {
        return industry;
    }

    public String townCode() {
        return townCode;
    }

    public UUID villageId() {
        return villageId;
    }

    public Headcount headcount() {
        return headcount;
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public long version() {
        return version;
    }
}
