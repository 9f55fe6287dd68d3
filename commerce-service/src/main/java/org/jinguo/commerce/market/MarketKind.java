package org.jinguo.commerce.market;

/** A common-prosperity market (共富市集) or the agricultural-expo food show. Labels: labels*.properties. */
public enum MarketKind {
    MARKET,
    EXPO
}
