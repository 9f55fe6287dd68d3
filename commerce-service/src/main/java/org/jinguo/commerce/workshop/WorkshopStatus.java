package org.jinguo.commerce.workshop;

/** A workshop is OPEN until it is closed. */
public enum WorkshopStatus {
    OPEN,
    CLOSED
}
