package org.jinguo.org.organization;

import java.time.LocalDate;
import java.util.UUID;

/** The units an organisation covers, as the coverage feature keeps them; used when it is dissolved. */
public interface CoveredUnits {

    /** How many units it covers on {@code day} or later. */
    long coveredOnOrAfter(UUID organizationId, LocalDate day);

    /**
     * Hands every coverage it holds on {@code day} or later over to {@code successor} from that
     * day on, in the same mode: the old coverage ends the day before.
     *
     * @return how many units were handed over
     */
    int handOver(Organization from, Organization successor, LocalDate day);
}
