package org.jinguo.training.session;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.validation.PlainText;

/** The bodies the sessions API accepts. */
final class SessionRequests {

    private SessionRequests() {
    }

    /**
     * @param id     optional: an offline-capable client may choose the id
     * @param place  required unless the session is online
     */
    record SessionBody(
            UUID id,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @NotNull Boolean online,
            @Size(max = 200) @PlainText String place,
            @NotNull @Min(1) @Max(100000) Integer capacity,
            @Size(max = 100) @PlainText String trainer) {

        SessionPlan toPlan() {
            if (!endsAt.isAfter(startsAt)) {
                throw ApiException.invalid("endsAt", "ENDS_BEFORE_START");
            }
            String where = place == null || place.isBlank() ? null : place;
            if (!online && where == null) {
                throw ApiException.invalid("place", "PLACE_REQUIRED");
            }
            return new SessionPlan(startsAt.toInstant(), endsAt.toInstant(), online, where, capacity,
                    trainer == null || trainer.isBlank() ? null : trainer);
        }
    }

    /** @param viewerCount for an online session: how many watched */
    record HoldingBody(@Min(0) @Max(100000000) Integer viewerCount) {
    }
}
