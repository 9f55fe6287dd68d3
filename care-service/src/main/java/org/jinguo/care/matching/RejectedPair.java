package org.jinguo.care.matching;

import java.util.UUID;

/** A mother staff rejected for a child: never proposed for that child again. */
record RejectedPair(UUID childId, UUID motherId) {
}
