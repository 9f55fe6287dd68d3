package org.jinguo.training.entrepreneur;

/**
 * The contest a founder is recommended to: the Yangtze River Delta women's innovation and
 * entrepreneurship contest, a provincial or Jinhua "new female farmer" project contest, a city
 * one, or another. Labels: labels*.properties.
 */
public enum ContestLevel {
    YANGTZE_DELTA,
    PROVINCIAL,
    JINHUA,
    CITY,
    OTHER
}
