package org.jinguo.care.matching;

/**
 * A proposal's score and its parts, so staff see why a mother was proposed: needs against her
 * skills (up to 400), proximity (300), age fit (200) and how much room she has left (100).
 */
public record ScoreParts(int needs, int proximity, int ageFit, int load) {

    public static final int MAX = 1000;

    public int total() {
        return needs + proximity + ageFit + load;
    }
}
