package org.jinguo.care.child;

/** What a guardian consented to: the programme's services, or sharing the case with partner agencies. */
public enum ConsentKind {
    SERVICE, SHARING
}
