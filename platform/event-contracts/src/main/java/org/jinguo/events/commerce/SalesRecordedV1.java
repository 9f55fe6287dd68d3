package org.jinguo.events.commerce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The sales totals of a market event or a livestream session after a change. Subject and key: the
 * event or session id.
 *
 * @param channel    {@code MARKET}, {@code EXPO} or {@code LIVESTREAM}
 * @param townCode   the town the sales count for, or null for none (the expo, a brand's account)
 * @param heldOn     the market event's day, or the livestream session's local start day
 * @param salesFen   all sales recorded, in fen
 * @param refundsFen all refunds recorded, in fen (0 for a market event)
 * @param revision   how many sales and refunds are counted: the larger is the later state
 */
public record SalesRecordedV1(
        UUID sourceId,
        String channel,
        String townCode,
        LocalDate heldOn,
        long salesFen,
        long refundsFen,
        long items,
        long revision) {
}
