package org.jinguo.care.matching;

import java.util.UUID;

import org.jinguo.care.child.ChildCategory;
import org.jinguo.care.child.Needs;

/**
 * What matching knows of a child waiting for a caring mother.
 *
 * @param place where she lives: town, village, and the village's coordinates when known
 */
record ChildFacts(UUID id, Place place, int birthYear, Needs needs, ChildCategory category) {
}
