package org.jinguo.commerce.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class BatchCheckTest {

    private static final LivestreamAccount OURS = new LivestreamAccount(UUID.randomUUID(), Platform.DOUYIN, "永康肉麦饼", null, "永康女匠",
            null, Set.of("platform-a"), 1);
    private static final LivestreamAccount THEIRS = new LivestreamAccount(UUID.randomUUID(), Platform.KUAISHOU, "五金好物", null, "五金",
            null, Set.of("platform-b"), 1);
    // 2024-05-01 20:00 to 23:30 in Yongkang
    private static final LivestreamSession EVENING = new LivestreamSession(UUID.randomUUID(), OURS.id(), "胡主播",
            Instant.parse("2024-05-01T12:00:00Z"), Instant.parse("2024-05-01T15:30:00Z"));
    private static final LivestreamSession OTHER = new LivestreamSession(UUID.randomUUID(), THEIRS.id(), "吕主播",
            Instant.parse("2024-05-01T12:00:00Z"), Instant.parse("2024-05-01T15:30:00Z"));
    private static final LocalDate DAY = LocalDate.parse("2024-05-01");

    @Test
    void validRecordsPassAndEveryOtherIsReportedWithItsReason() {
        List<SaleRecord> records = new ArrayList<>(Arrays.asList(
                sale("A-1", 2_990, DAY),
                new SaleRecord("A-2", "REFUND", EVENING.id(), 990L, 1, DAY.plusDays(3)),
                sale("A-1", 100, DAY),
                sale("bad id!", 100, DAY),
                new SaleRecord("A-3", "GIFT", EVENING.id(), 100L, 1, DAY),
                new SaleRecord("A-4", "SALE", UUID.randomUUID(), 100L, 1, DAY),
                new SaleRecord("B-1", "SALE", OTHER.id(), 100L, 1, DAY),
                sale("A-5", 0, DAY),
                sale("A-6", 100_000_001L, DAY),
                new SaleRecord("A-7", "SALE", EVENING.id(), 100L, -1, DAY),
                sale("A-8", 100, null),
                sale("A-9", 100, DAY.plusDays(1)),
                new SaleRecord("A-10", "REFUND", EVENING.id(), 100L, 1, DAY.minusDays(1))));
        records.add(null);

        BatchCheck.Sorted sorted = BatchCheck.sort(records, Map.of(EVENING.id(), EVENING, OTHER.id(), OTHER),
                Map.of(OURS.id(), OURS, THEIRS.id(), THEIRS), account -> account.authorises("platform-a"));

        assertThat(sorted.accepted()).extracting(each -> each.record().externalId()).containsExactly("A-1", "A-2");
        assertThat(sorted.rejected()).extracting(Rejection::index, Rejection::reason).containsExactly(
                tuple(2, "DUPLICATE_IN_BATCH"),
                tuple(3, "EXTERNAL_ID_INVALID"),
                tuple(4, "KIND_INVALID"),
                tuple(5, "SESSION_UNKNOWN"),
                tuple(6, "ACCOUNT_NOT_AUTHORISED"),
                tuple(7, "AMOUNT_OUT_OF_RANGE"),
                tuple(8, "AMOUNT_OUT_OF_RANGE"),
                tuple(9, "ITEMS_OUT_OF_RANGE"),
                tuple(10, "DATE_MISSING"),
                tuple(11, "DATE_OUTSIDE_SESSION"),
                tuple(12, "REFUND_BEFORE_SESSION"),
                tuple(13, "RECORD_MALFORMED"));
    }

    @Test
    void aSessionRunningPastMidnightTakesSalesOnBothItsDays() {
        LivestreamSession late = new LivestreamSession(UUID.randomUUID(), OURS.id(), "胡主播",
                Instant.parse("2024-05-01T15:00:00Z"), Instant.parse("2024-05-01T17:00:00Z")); // 23:00 to 01:00 local

        BatchCheck.Sorted sorted = BatchCheck.sort(List.of(
                        new SaleRecord("L-1", "SALE", late.id(), 100L, 1, DAY), new SaleRecord("L-2", "SALE", late.id(), 100L, 1, DAY.plusDays(1)),
                        new SaleRecord("L-3", "SALE", late.id(), 100L, 1, DAY.plusDays(2))),
                Map.of(late.id(), late), Map.of(OURS.id(), OURS), account -> true);

        assertThat(sorted.accepted()).hasSize(2);
        assertThat(sorted.rejected()).extracting(Rejection::reason).containsExactly("DATE_OUTSIDE_SESSION");
    }

    private static SaleRecord sale(String externalId, long amountFen, LocalDate on) {
        return new SaleRecord(externalId, "SALE", EVENING.id(), amountFen, 1, on);
    }
}
