package org.jinguo.care.household;

/** What a hardship visit brought. */
public enum SupportKind {
    GOODS, MONEY, COUNSELLING, REFERRAL, OTHER
}
