package org.jinguo.training.competition;

import java.time.Instant;
import java.util.UUID;

import org.jinguo.web.problem.RuleViolation;

/** A competition: open for contestants and scores until its results are published, then locked. */
public final class Competition {

    private final UUID id;
    private final CompetitionPlan plan;
    private boolean published;
    private Instant publishedAt;
    private long version;

    public Competition(UUID id, CompetitionPlan plan, Instant publishedAt, long version) {
        this.id = id;
        this.plan = plan;
        this.published = publishedAt != null;
        this.publishedAt = publishedAt;
        this.version = version;
    }

    /** Scores and contestants change only before publication. */
    void requireOpen() {
        if (published) {
            throw new RuleViolation("RESULTS_PUBLISHED", id);
        }
    }

    void publish(Instant at) {
        requireOpen();
        published = true;
        publishedAt = at;
        version++;
    }

    boolean judgedBy(String subject) {
        return plan.judges().stream().anyMatch(judge -> judge.subject().equals(subject));
    }

    boolean scores(String criterion) {
        return plan.criteria().stream().anyMatch(each -> each.code().equals(criterion));
    }

    public UUID id() {
        return id;
    }

    public CompetitionPlan plan() {
        return plan;
    }

    public boolean published() {
        return published;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
