package org.jinguo.training.outcome;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a woman works after training, if she does: a workshop known from commerce-service, or
 * another workplace named in words; from {@code startedOn}.
 */
public record Employment(UUID workshopId, String workplace, LocalDate startedOn) {
}
