package org.jinguo.training.session;

import java.util.UUID;

/** Published in the replanning transaction, with the session still locked: a larger capacity lets waiting women move up. */
public record SessionReplanned(UUID sessionId, int capacity, int placesTaken) {
}
