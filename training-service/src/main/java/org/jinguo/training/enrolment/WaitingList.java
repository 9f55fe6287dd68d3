package org.jinguo.training.enrolment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * First come, first served: when places free up (a cancellation, a larger capacity), the women
 * who have waited longest move up, one per free place, in the order they asked (ties by id).
 */
final class WaitingList {

    static final Comparator<Enrolment> ORDER = Comparator.comparing(Enrolment::requestedAt).thenComparing(Enrolment::id);

    private WaitingList() {
    }

    /**
     * @param capacity    the session's places
     * @param placesTaken places held now
     * @param waiting     waiting enrolments, in any order
     * @return those promoted, in the order they moved up
     */
    static List<Enrolment> promote(int capacity, int placesTaken, List<Enrolment> waiting, Instant at) {
        int free = Math.max(0, capacity - placesTaken);
        List<Enrolment> movingUp = waiting.stream()
                .filter(each -> each.status() == EnrolmentStatus.WAITING)
                .sorted(ORDER)
                .limit(free)
                .toList();
        movingUp.forEach(each -> each.promote(at));
        return movingUp;
    }
}
