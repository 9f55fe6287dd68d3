package org.jinguo.care.visit;

public enum VisitKind {
    HOME_VISIT, TUTORING, OUTING, CALL
}
