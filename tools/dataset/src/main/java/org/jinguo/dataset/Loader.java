package org.jinguo.dataset;

import java.time.Duration;
import java.time.Instant;

import lombok.RequiredArgsConstructor;

/**
 * Loads a data set through the gateway, service by service in the order their records depend on
 * each other: org-service first (the federations the others name), then training, commerce and
 * care. Loading the same set again adds nothing.
 */
@RequiredArgsConstructor
public final class Loader {

    private final Api api;
    private final int inFlight;

    /** @return how long it took */
    public Duration load(DataSet data) {
        Instant start = Instant.now();
        try (Parallel parallel = new Parallel(inFlight)) {
            OrgLoader org = new OrgLoader(api, parallel);
            org.load(data.org());
            new TrainingLoader(api, parallel, org).load(data.training());
            new CommerceLoader(api, parallel).load(data.commerce());
            new CareLoader(api, parallel).load(data.care());
        }
        return Duration.between(start, Instant.now());
    }
}
