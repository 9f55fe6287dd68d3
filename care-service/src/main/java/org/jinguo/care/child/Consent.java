package org.jinguo.care.child;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A consent with its date, and the date it was withdrawn; given again later, it starts anew. */
public record Consent(@Nullable LocalDate givenOn, @Nullable LocalDate withdrawnOn) {

    static final Consent NONE = new Consent(null, null);

    /** Whether it holds on the day: given on or before it, and not withdrawn by then. */
    public boolean holdsOn(LocalDate day) {
        return givenOn != null && !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    boolean given() {
        return givenOn != null && withdrawnOn == null;
    }
}
