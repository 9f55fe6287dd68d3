package org.jinguo.org.unit;

/** How many people work at a unit, and how many of them are women. */
public record Headcount(int total, int women) {

    public Headcount {
        if (total < 0 || women < 0 || women > total) {
            throw new IllegalArgumentException("women (" + women + ") must be between 0 and total (" + total + ")");
        }
    }
}
