package org.jinguo.care.donation;

/** Donated goods (物资), valued in fen, or money; the report counts goods only. */
public enum DonationKind {
    GOODS, MONEY
}
