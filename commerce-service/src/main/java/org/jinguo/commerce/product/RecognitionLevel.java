package org.jinguo.commerce.product;

/** Who gave the honour or designation. Labels: labels*.properties. */
public enum RecognitionLevel {
    NATIONAL,
    PROVINCIAL,
    JINHUA,
    CITY,
    OTHER
}
