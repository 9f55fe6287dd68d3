package org.jinguo.care.child;

/** Who looks after the child day to day. */
public enum GuardianRelation {
    PARENT, GRANDPARENT, RELATIVE, FOSTER_FAMILY, INSTITUTION, OTHER
}
