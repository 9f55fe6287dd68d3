package org.jinguo.training.competition;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A contestant's place: her rank (shared when still tied after the tie rule), her weighted total
 * rounded to two decimals, and her award if any.
 */
public record Placing(UUID contestantId, int rank, BigDecimal totalScore, String award) {
}
