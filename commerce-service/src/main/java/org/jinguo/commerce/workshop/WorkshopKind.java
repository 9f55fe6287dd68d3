package org.jinguo.commerce.workshop;

/** A common-prosperity workshop (共富工坊) or an outsourced-processing point. Labels: labels*.properties. */
public enum WorkshopKind {
    WORKSHOP,
    PROCESSING_POINT
}
