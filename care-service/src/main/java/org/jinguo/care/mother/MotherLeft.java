package org.jinguo.care.mother;

import java.time.LocalDate;
import java.util.UUID;

/** A caring mother withdrew: published in the change's transaction, so her matches end and her children are matched anew. */
public record MotherLeft(UUID motherId, LocalDate on) {
}
