package org.jinguo.care.child;

/** A child's needs in the three dimensions of docs/domain.md: daily-life care, education support, social integration. */
public record Needs(NeedLevel dailyCare, NeedLevel education, NeedLevel social) {
}
