package org.jinguo.training.competition;

/** What judges score, e.g. {@code TASTE}, and its weight in percent; a competition's weights add up to 100. */
public record Criterion(String code, String name, int weight) {
}
