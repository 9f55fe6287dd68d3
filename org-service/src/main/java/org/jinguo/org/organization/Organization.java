package org.jinguo.org.organization;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/**
 * A federation organisation: its place in the tree, its town, and the dates it began preparing,
 * was founded and was dissolved, from which its status on any day follows. The tree's rules live
 * here: which type may stand under which, that an organisation stays in its parent's town, and
 * that no organisation ends up under itself.
 */
public final class Organization {

    private final UUID id;
    private final OrganizationType type;
    private String nameZh;
    private String nameEn;
    private final Industry industry;
    private final String townCode;
    private final UUID villageId;
    private UUID parentId;
    private String address;
    private final LocalDate preparedOn;
    private LocalDate foundedOn;
    private LocalDate dissolvedOn;
    private long version;

    public Organization(UUID id, OrganizationType type, String nameZh, String nameEn, Industry industry, String townCode,
                        UUID villageId, UUID parentId, String address, LocalDate preparedOn, LocalDate foundedOn,
                        LocalDate dissolvedOn, long version) {
        this.id = id;
        this.type = type;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.industry = industry;
        this.townCode = townCode;
        this.villageId = villageId;
        this.parentId = parentId;
        this.address = address;
        this.preparedOn = preparedOn;
        this.foundedOn = foundedOn;
        this.dissolvedOn = dissolvedOn;
        this.version = version;
    }

    /**
     * A new organisation, preparing or already active from {@code effectiveOn} (then founded on
     * that day).
     *
     * @param parent {@code null} for the city federation only
     */
    public static Organization found(UUID id, OrganizationType type, String nameZh, String nameEn, Industry industry,
                                     String townCode, UUID villageId, String address, Organization parent,
                                     OrganizationStatus status, LocalDate effectiveOn) {
        if (status == OrganizationStatus.DISSOLVED) {
            throw new RuleViolation("ORGANIZATION_BORN_DISSOLVED");
        }
        Organization organization = new Organization(id, type, nameZh, nameEn, industry, townCode, villageId, null, address,
                status == OrganizationStatus.PREPARING ? effectiveOn : null, status == OrganizationStatus.ACTIVE ? effectiveOn : null,
                null, 1);
        if (parent == null) {
            if (type != OrganizationType.CITY) {
                throw new RuleViolation("PARENT_REQUIRED", type);
            }
        } else {
            organization.requireFitsUnder(parent);
            organization.parentId = parent.id;
        }
        return organization;
    }

    public void revise(String nameZh, String nameEn, String address) {
        requireNotDissolved();
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.address = address;
        version++;
    }

    /**
     * Places the organisation under another one.
     *
     * @param parentIsInSubtree whether the new parent is this organisation or stands under it
     */
    public void moveUnder(Organization parent, boolean parentIsInSubtree) {
        requireNotDissolved();
        if (type == OrganizationType.CITY) {
            throw new RuleViolation("CITY_CANNOT_MOVE");
        }
        if (parentIsInSubtree || parent.id.equals(id)) {
            throw new RuleViolation("MOVE_MAKES_CYCLE", id, parent.id);
        }
        requireFitsUnder(parent);
        parentId = parent.id;
        version++;
    }

    public void activate(LocalDate effectiveOn) {
        requireNotDissolved();
        if (foundedOn != null) {
            throw new RuleViolation("ALREADY_FOUNDED", id, foundedOn);
        }
        requireNotBefore(preparedOn, effectiveOn);
        foundedOn = effectiveOn;
        version++;
    }

    /** Dissolves it; whether it still has members or covers units is checked by the caller, who can see them. */
    public void dissolve(LocalDate effectiveOn) {
        requireNotDissolved();
        requireNotBefore(foundedOn == null ? preparedOn : foundedOn, effectiveOn);
        dissolvedOn = effectiveOn;
        version++;
    }

    /** @return its status on that day, or {@code null} before it began preparing */
    public OrganizationStatus statusOn(LocalDate day) {
        if (dissolvedOn != null && !day.isBefore(dissolvedOn)) {
            return OrganizationStatus.DISSOLVED;
        }
        if (foundedOn != null && !day.isBefore(foundedOn)) {
            return OrganizationStatus.ACTIVE;
        }
        if (preparedOn != null && !day.isBefore(preparedOn)) {
            return OrganizationStatus.PREPARING;
        }
        return null;
    }

    public boolean isActiveOn(LocalDate day) {
        return statusOn(day) == OrganizationStatus.ACTIVE;
    }

    private void requireFitsUnder(Organization parent) {
        if (!type.allowedParents().contains(parent.type)) {
            throw new RuleViolation("PARENT_TYPE_NOT_ALLOWED", type, parent.type);
        }
        if (parent.dissolvedOn != null) {
            throw new RuleViolation("PARENT_DISSOLVED", parent.id);
        }
        if (parent.townCode != null && !Objects.equals(parent.townCode, townCode)) {
            throw new RuleViolation("PARENT_IN_OTHER_TOWN", parent.townCode, townCode == null ? "-" : townCode);
        }
    }

    /** A dissolution is final, also while its date is still ahead. */
    private void requireNotDissolved() {
        if (dissolvedOn != null) {
            throw new RuleViolation("ORGANIZATION_DISSOLVED", id, dissolvedOn);
        }
    }

    private static void requireNotBefore(LocalDate lastChange, LocalDate effectiveOn) {
        if (effectiveOn.isBefore(lastChange)) {
            throw new RuleViolation("STATUS_DATE_BEFORE_LAST_CHANGE", effectiveOn, lastChange);
        }
    }

    public UUID id() {
        return id;
    }

    public OrganizationType type() {
        return type;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
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

    public UUID parentId() {
        return parentId;
    }

    public String address() {
        return address;
    }

    public LocalDate preparedOn() {
        return preparedOn;
    }

    public LocalDate foundedOn() {
        return foundedOn;
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public long version() {
        return version;
    }
}
