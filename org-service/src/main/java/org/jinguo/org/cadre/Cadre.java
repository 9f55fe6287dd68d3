package org.jinguo.org.cadre;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/**
 * A person holding a post in an organisation for a term, from {@code termStartedOn} to
 * {@code termEndedOn} (both included; open while null). A new post is a new record, so past posts
 * stay as they were.
 */
public final class Cadre {

    private final UUID id;
    private final UUID organizationId;
    private String nameZh;
    private CadrePost post;
    private String phone;
    private final LocalDate termStartedOn;
    private LocalDate termEndedOn;
    private long version;

    public Cadre(UUID id, UUID organizationId, String nameZh, CadrePost post, String phone, LocalDate termStartedOn,
                 LocalDate termEndedOn, long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.nameZh = nameZh;
        this.post = post;
        this.phone = phone;
        this.termStartedOn = termStartedOn;
        this.termEndedOn = termEndedOn;
        this.version = version;
    }

    public static Cadre appoint(UUID id, UUID organizationId, String nameZh, CadrePost post, String phone, LocalDate termStartedOn) {
        return new Cadre(id, organizationId, nameZh, post, phone, termStartedOn, null, 1);
    }

    public void revise(String nameZh, CadrePost post, String phone) {
        requireCurrent();
        this.nameZh = nameZh;
        this.post = post;
        this.phone = phone;
        version++;
    }

    /** @param lastDay the last day of the term */
    public void endTerm(LocalDate lastDay) {
        requireCurrent();
        if (lastDay.isBefore(termStartedOn)) {
            throw new RuleViolation("TERM_END_BEFORE_START", lastDay, termStartedOn);
        }
        termEndedOn = lastDay;
        version++;
    }

    public boolean isCurrentOn(LocalDate day) {
        return !day.isBefore(termStartedOn) && (termEndedOn == null || !day.isAfter(termEndedOn));
    }

    /** The phone number with its middle four digits hidden, as lists show it. */
    public String maskedPhone() {
        return phone == null ? null : masked(phone);
    }

    static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    private void requireCurrent() {
        if (termEndedOn != null) {
            throw new RuleViolation("TERM_ENDED", id, termEndedOn);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String nameZh() {
        return nameZh;
    }

    public CadrePost post() {
        return post;
    }

    public String phone() {
        return phone;
    }

    public LocalDate termStartedOn() {
        return termStartedOn;
    }

    public LocalDate termEndedOn() {
        return termEndedOn;
    }

    public long version() {
        return version;
    }
}
