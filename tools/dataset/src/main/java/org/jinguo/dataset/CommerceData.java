package org.jinguo.dataset;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** commerce-service's part: workshops, market events with their stalls' sales, livestream sales and refunds. */
public record CommerceData(List<Workshop> workshops, List<MarketEvent> marketEvents, List<LivestreamAccount> accounts,
                           List<LivestreamSession> livestreamSessions) {

    /** @param closedOn null while open */
    public record Workshop(UUID id, String nameZh, String kind, String townCode, String product, LocalDate openedOn, LocalDate closedOn) {
    }

    /** @param kind MARKET or EXPO; {@code townCode} null for the expo */
    public record MarketEvent(UUID id, String kind, String name, LocalDate heldOn, String place, String townCode, List<Stall> stalls) {
    }

    /** A stall's sales, each with an external id that makes recording it again a no-op. */
    public record Stall(String vendorName, List<StallSale> sales) {
    }

    public record StallSale(String externalId, long amountFen, int items) {
    }

    /** @param ownerWorkshopId null for a brand's account, which belongs to no town */
    public record LivestreamAccount(UUID id, String platform, String accountName, UUID ownerWorkshopId, String ownerBrand, String townCode) {
    }

    public record LivestreamSession(UUID id, UUID accountId, String host, LocalDate day, List<OnlineRecord> records) {
    }

    /** A sale (on the session's day) or a refund (on or after it). */
    public record OnlineRecord(String externalId, boolean refund, long amountFen, int items, LocalDate on) {
    }
}
