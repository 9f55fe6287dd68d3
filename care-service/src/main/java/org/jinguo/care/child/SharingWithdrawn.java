package org.jinguo.care.child;

import java.time.LocalDate;
import java.util.UUID;

/** The consent to share a case with partners was withdrawn: published in the change's transaction, so its referrals are withdrawn with it. */
public record SharingWithdrawn(UUID childId, LocalDate on) {
}
