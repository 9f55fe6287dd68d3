package org.jinguo.commerce.online;

/** Where a livestream account broadcasts. Labels: labels*.properties. */
public enum Platform {
    DOUYIN,
    KUAISHOU,
    WECHAT_CHANNELS,
    TAOBAO,
    OTHER
}
