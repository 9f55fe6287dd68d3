package org.jinguo.training.competition;

/** An award for the ranks {@code fromRank} to {@code toRank}, e.g. 二等奖 for ranks 2 to 4. */
public record Award(String name, int fromRank, int toRank) {

    boolean covers(int rank) {
        return rank >= fromRank && rank <= toRank;
    }
}
