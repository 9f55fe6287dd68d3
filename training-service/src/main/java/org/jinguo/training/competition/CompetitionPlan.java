package org.jinguo.training.competition;

import java.time.LocalDate;
import java.util.List;

/**
 * What a competition is: when and where, who co-runs it, what is scored with which weights, who
 * judges and what the awards are. {@code townCode} is null for a city-wide competition.
 */
public record CompetitionPlan(String name, LocalDate heldOn, String place, String townCode, List<String> coOrganizers,
                              List<Criterion> criteria, List<Judge> judges, List<Award> awards) {
}
