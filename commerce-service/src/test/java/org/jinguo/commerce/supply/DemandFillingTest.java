package org.jinguo.commerce.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jinguo.commerce.supply.DemandFilling.Line;
import org.jinguo.commerce.supply.DemandFilling.Proposal;
import org.junit.jupiter.api.Test;

class DemandFillingTest {

    private static final UUID CAKE = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.parse("2024-06-01");
    private static final UUID GUSHAN_A = UUID.fromString("00000000-0000-7000-8000-00000000000a");
    private static final UUID GUSHAN_B = UUID.fromString("00000000-0000-7000-8000-00000000000b");
    private static final UUID QIANCANG = UUID.fromString("00000000-0000-7000-8000-00000000000c");

    @Test
    void theWholeQuantityFromOneWorkshopWhenItCanAndFromThePreferredTownFirst() {
        Proposal proposal = DemandFilling.propose(300, LocalDate.parse("2024-06-30"), "GUSHAN", TODAY, List.of(
                capacity(QIANCANG, "QIANCANG", "2024-06-01", "2024-06-30", 3_000, 0),
                capacity(GUSHAN_A, "GUSHAN", "2024-06-01", "2024-06-30", 600, 0)));

        assertThat(proposal.lines()).extracting(Line::workshopId, Line::units).containsExactly(tuple(GUSHAN_A, 300));
        assertThat(proposal.shortfall()).isZero();
    }

    @Test
    void aDemandNoWorkshopCanMeetAloneIsSplitAndWhatIsLeftIsTheShortfall() {
        Proposal proposal = DemandFilling.propose(1_000, LocalDate.parse("2024-06-30"), "GUSHAN", TODAY, List.of(
                capacity(GUSHAN_A, "GUSHAN", "2024-06-01", "2024-06-30", 300, 0),
                capacity(GUSHAN_B, "GUSHAN", "2024-06-01", "2024-06-30", 450, 0),
                capacity(QIANCANG, "QIANCANG", "2024-06-01", "2024-06-30", 150, 0)));

        // equally early: the one with most to give first
        assertThat(proposal.lines()).extracting(Line::workshopId, Line::units)
                .containsExactly(tuple(GUSHAN_B, 450), tuple(GUSHAN_A, 300), tuple(QIANCANG, 150));
        assertThat(proposal.proposedUnits()).isEqualTo(900);
        assertThat(proposal.shortfall()).isEqualTo(100);
    }

    @Test
    void onlyWhatIsMadeByTheDeadlineCountsAtAnEvenPaceLessWhatIsAllocated() {
        // 300 over 30 days: 10 a day. Due on the 10th, counting from the 1st: 100; 40 already promised.
        Capacity june = capacity(GUSHAN_A, "GUSHAN", "2024-06-01", "2024-06-30", 300, 40);
        // starts after the deadline: nothing in time
        Capacity july = capacity(GUSHAN_B, "GUSHAN", "2024-07-01", "2024-07-31", 3_000, 0);

        assertThat(june.usableFor(TODAY, LocalDate.parse("2024-06-10"))).isEqualTo(60);
        assertThat(june.usableFor(LocalDate.parse("2024-06-21"), LocalDate.parse("2024-07-15"))).as("from the 21st: 10 days left")
                .isEqualTo(60);
        Proposal proposal = DemandFilling.propose(500, LocalDate.parse("2024-06-10"), null, TODAY, List.of(june, july));
        assertThat(proposal.lines()).extracting(Line::workshopId, Line::units).containsExactly(tuple(GUSHAN_A, 60));
        assertThat(proposal.shortfall()).isEqualTo(440);
    }

    @Test
    void theEarliestAbleToStartComesBeforeALargerLaterOne() {
        Proposal proposal = DemandFilling.propose(100, LocalDate.parse("2024-08-31"), null, TODAY, List.of(
                capacity(GUSHAN_B, "GUSHAN", "2024-07-01", "2024-07-31", 3_000, 0),
                capacity(QIANCANG, "QIANCANG", "2024-06-01", "2024-06-30", 100, 0)));

        assertThat(proposal.lines()).extracting(Line::workshopId, Line::availableFrom)
                .containsExactly(tuple(QIANCANG, TODAY));
    }

    private static Capacity capacity(UUID workshop, String town, String start, String end, int units, int allocated) {
        return new Capacity(UUID.randomUUID(), workshop, town, CAKE, LocalDate.parse(start), LocalDate.parse(end), units, allocated);
    }
}
