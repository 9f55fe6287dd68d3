package org.jinguo.commerce.online;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One record of a sales batch, as a partner or platform export sends it: a SALE or a REFUND in a
 * livestream session, with its own external id, amount in fen, items and date. Any field may be
 * missing or wrong: {@link BatchCheck} says why a record is refused, so {@code kind} is read as text
 * and checked there.
 */
public record SaleRecord(String externalId, @Schema(implementation = SaleKind.class) String kind, UUID sessionId, Long amountFen,
                         Integer items, LocalDate on) {
}
