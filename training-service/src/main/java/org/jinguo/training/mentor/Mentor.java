package org.jinguo.training.mentor;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mentor (导师) of the academy: who she is, what she knows, where she works; {@code townCode}
 * null for a city-wide mentor, {@code personId} set when she also trains with the academy.
 */
public record Mentor(UUID id, String nameZh, String expertise, @Nullable String organization, @Nullable String townCode,
                     @Nullable UUID personId, LocalDate joinedOn, long version) {
}
