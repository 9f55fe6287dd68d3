package org.jinguo.training.entrepreneur;

import java.time.LocalDate;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/** The federation recommended a founder to an outside contest; the contest's result is recorded once known. */
public final class Recommendation {

    private final UUID id;
    private final UUID entrepreneurId;
    private final String contest;
    private final ContestLevel level;
    private final LocalDate recommendedOn;
    private RecommendationResult result;
    private String award;
    private LocalDate decidedOn;
    private long version;

    public Recommendation(UUID id, UUID entrepreneurId, String contest, ContestLevel level, LocalDate recommendedOn,
                          RecommendationResult result, String award, LocalDate decidedOn, long version) {
        this.id = id;
        this.entrepreneurId = entrepreneurId;
        this.contest = contest;
        this.level = level;
        this.recommendedOn = recommendedOn;
        this.result = result;
        this.award = award;
        this.decidedOn = decidedOn;
        this.version = version;
    }

    static Recommendation make(UUID id, UUID entrepreneurId, String contest, ContestLevel level, LocalDate recommendedOn) {
        return new Recommendation(id, entrepreneurId, contest, level, recommendedOn, RecommendationResult.PENDING, null, null, 1);
    }

    /** The contest decided: awarded (with the award's name) or not; a decision may be corrected. */
    void decide(RecommendationResult outcome, String awardName, LocalDate on) {
        if (outcome == RecommendationResult.PENDING) {
            throw new RuleViolation("RESULT_PENDING", id);
        }
        if (on.isBefore(recommendedOn)) {
            throw new RuleViolation("DECIDED_BEFORE_RECOMMENDED", id, recommendedOn);
        }
        result = outcome;
        award = outcome == RecommendationResult.AWARDED ? awardName : null;
        decidedOn = on;
        version++;
    }

    public UUID id() {
        return id;
    }

    public UUID entrepreneurId() {
        return entrepreneurId;
    }

    public String contest() {
        return contest;
    }

    public ContestLevel level() {
        return level;
    }

    public LocalDate recommendedOn() {
        return recommendedOn;
    }

    public RecommendationResult result() {
        return result;
    }

    public String award() {
        return award;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public long version() {
        return version;
    }
}
