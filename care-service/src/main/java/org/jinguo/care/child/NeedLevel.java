package org.jinguo.care.child;

/** How much help a child needs in one dimension; its weight in matching is its points. */
public enum NeedLevel {
    NONE(0), LOW(1), MEDIUM(2), HIGH(3);

    private final int points;

    NeedLevel(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    static NeedLevel ofPoints(int points) {
        return values()[points];
    }
}
