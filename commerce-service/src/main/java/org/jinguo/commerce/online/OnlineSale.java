package org.jinguo.commerce.online;

import java.time.LocalDate;

/** A recorded sale or refund as listed: never a buyer's personal data, which is never received. */
public record OnlineSale(String externalId, SaleKind kind, long amountFen, int items, LocalDate on) {
}
