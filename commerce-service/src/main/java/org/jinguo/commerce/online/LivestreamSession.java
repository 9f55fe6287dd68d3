package org.jinguo.commerce.online;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.time.BusinessDates;

/** A livestream on an account: who hosted it, from when to when. Its day is its local start day. */
public record LivestreamSession(UUID id, UUID accountId, String host, Instant startsAt, Instant endsAt) {

    public LocalDate day() {
        return LocalDate.ofInstant(startsAt, BusinessDates.ZONE);
    }

    /** The local days it spans: a sale is dated on one of them. */
    public boolean spans(LocalDate date) {
        return !date.isBefore(day()) && !date.isAfter(LocalDate.ofInstant(endsAt, BusinessDates.ZONE));
    }
}
