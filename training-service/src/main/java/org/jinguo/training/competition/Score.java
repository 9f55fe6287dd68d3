package org.jinguo.training.competition;

import java.math.BigDecimal;
import java.util.UUID;

/** One judge's score, 0 to 100 with up to two decimals, for one contestant on one criterion. */
public record Score(String judge, UUID contestantId, String criterion, BigDecimal value) {
}
