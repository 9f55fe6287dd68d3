package org.jinguo.care.child;

/** Why a child is in the programme (DOMAIN §4). */
public enum ChildCategory {
    LEFT_BEHIND, IN_DIFFICULTY, DISABLED_OR_AUTISTIC, OTHER
}
