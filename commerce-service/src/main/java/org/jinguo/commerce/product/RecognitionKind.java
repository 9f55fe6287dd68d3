package org.jinguo.commerce.product;

/** An honour (e.g. a provincial award) or a designation (e.g. a provincial pilot). Labels: labels*.properties. */
public enum RecognitionKind {
    HONOUR,
    DESIGNATION
}
