package org.jinguo.commerce.supply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * How a demand is filled from the workshops' declared capacities.
 *
 * <ol>
 *   <li>Only capacities of the demanded product count, and of each only what it can make between
 *       today and the deadline ({@link Capacity#usableFor}: an even pace over its period), less
 *       what earlier allocations took.</li>
 *   <li>Workshops in the buyer's preferred town come first; then the earliest able to start; then
 *       the one with most to give (fewer workshops to coordinate); then by workshop id, so the
 *       same inputs always give the same proposal.</li>
 *   <li>Each takes as much as it can until the quantity is met: a demand no single workshop can
 *       fill is split across several. What cannot be met by the deadline is the shortfall.</li>
 * </ol>
 */
public final class DemandFilling {

    private DemandFilling() {
    }

    /** One workshop's part of a proposal. */
    public record Line(UUID capacityId, UUID workshopId, String townCode, int units, LocalDate availableFrom) {
    }

    public record Proposal(List<Line> lines, int proposedUnits, int shortfall) {
    }

    public static Proposal propose(int quantity, LocalDate deadline, String preferredTown, LocalDate today, List<Capacity> capacities) {
        record Candidate(Capacity capacity, int usable, LocalDate from) {
        }
        List<Candidate> candidates = capacities.stream()
                .map(capacity -> new Candidate(capacity, capacity.usableFor(today, deadline), capacity.availableFrom(today)))
                .filter(candidate -> candidate.usable() > 0)
                .sorted(Comparator.<Candidate>comparingInt(candidate -> preferredTown != null
                                && preferredTown.equals(candidate.capacity().townCode()) ? 0 : 1)
                        .thenComparing(Candidate::from)
                        .thenComparing(Comparator.comparingInt(Candidate::usable).reversed())
                        .thenComparing(candidate -> candidate.capacity().workshopId())
                        .thenComparing(candidate -> candidate.capacity().id()))
                .toList();
        List<Line> lines = new ArrayList<>();
        int remaining = quantity;
        for (Candidate candidate : candidates) {
            if (remaining == 0) {
                break;
            }
            int units = Math.min(remaining, candidate.usable());
            Capacity capacity = candidate.capacity();
            lines.add(new Line(capacity.id(), capacity.workshopId(), capacity.townCode(), units, candidate.from()));
            remaining -= units;
        }
        return new Proposal(lines, quantity - remaining, remaining);
    }
}
