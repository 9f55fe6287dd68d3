package org.jinguo.org.coverage;

/** What the lines of the coverage report count by. */
public enum CoverageGrouping {
    DOMAIN,
    MODE,
    INDUSTRY,
    TOWN
}
