package org.jinguo.care.child;

/** Why a child is in the programme (docs/domain.md, "Caring mothers and care"). */
public enum ChildCategory {
    LEFT_BEHIND, IN_DIFFICULTY, DISABLED_OR_AUTISTIC, OTHER
}
