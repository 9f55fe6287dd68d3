package org.jinguo.commerce.supply;

/** Chosen by staff, fulfilled (delivered), or cancelled (its units go back to the capacity). Labels: labels*.properties. */
public enum AllocationStatus {
    CHOSEN,
    FULFILLED,
    CANCELLED
}
