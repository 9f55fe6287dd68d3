package org.jinguo.training.entrepreneur;

/** Awaiting the contest's decision, awarded, or not awarded. Labels: labels*.properties. */
public enum RecommendationResult {
    PENDING,
    AWARDED,
    NOT_AWARDED
}
