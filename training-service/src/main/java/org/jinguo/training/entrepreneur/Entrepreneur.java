package org.jinguo.training.entrepreneur;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member of the Women Entrepreneurs Association (女企业家协会) since {@code memberSince};
 * {@code secondGeneration} when she is in the "second generation" growth plan (创二代).
 */
public record Entrepreneur(UUID id, String nameZh, String enterprise, String industry, String townCode, @Nullable UUID personId,
                           LocalDate memberSince, boolean secondGeneration, long version) {
}
