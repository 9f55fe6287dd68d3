package org.jinguo.commerce.product;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An honour or designation of a brand or of a product (exactly one of the two), on its date. */
public record Recognition(UUID id, @Nullable UUID brandId, @Nullable UUID productId, RecognitionKind kind, String title,
                          RecognitionLevel level, LocalDate awardedOn) {
}
