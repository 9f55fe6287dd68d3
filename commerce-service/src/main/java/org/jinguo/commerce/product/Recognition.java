package org.jinguo.commerce.product;

import java.time.LocalDate;
import java.util.UUID;

/** An honour or designation of a brand or of a product (exactly one of the two), on its date. */
public record Recognition(UUID id, UUID brandId, UUID productId, RecognitionKind kind, String title, RecognitionLevel level,
                          LocalDate awardedOn) {
}
