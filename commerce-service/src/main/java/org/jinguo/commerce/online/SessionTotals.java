package org.jinguo.commerce.online;

import java.util.UUID;

/**
 * A livestream session's sales and refunds, in fen, sales net of refunds (negative when refunds
 * of earlier sales outweigh new ones), the items sold and how many records count.
 */
public record SessionTotals(UUID sessionId, long salesFen, long refundsFen, long netFen, long items, long records) {

    static SessionTotals of(UUID sessionId, long salesFen, long refundsFen, long items, long records) {
        return new SessionTotals(sessionId, salesFen, refundsFen, Math.subtractExact(salesFen, refundsFen), items, records);
    }
}
