package org.jinguo.commerce.online;

/** What a sales record is: money in for goods sold, or money back. */
public enum SaleKind {
    SALE,
    REFUND
}
