package org.jinguo.care.matching;

/**
 * A match's life: PROPOSED (by a run or for one child), then CONFIRMED or REJECTED by staff, or
 * SUPERSEDED by a newer proposal; a confirmed match is ENDED when care stops.
 */
public enum MatchStatus {
    PROPOSED, CONFIRMED, REJECTED, SUPERSEDED, ENDED
}
