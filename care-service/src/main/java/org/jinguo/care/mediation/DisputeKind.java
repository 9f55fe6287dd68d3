package org.jinguo.care.mediation;

/** Family disputes the federation mediates (家事纠纷调处). */
public enum DisputeKind {
    MARRIAGE, CUSTODY, SUPPORT, INHERITANCE, DOMESTIC_CONFLICT, OTHER
}
