package org.jinguo.training.mentor;

/** How a mentor cooperates: purchase-and-sale (购销合作), brand sharing (品牌共享), plan design (方案策划). Labels: labels*.properties. */
public enum AgreementKind {
    PURCHASE_AND_SALE,
    BRAND_SHARING,
    PLAN_DESIGN
}
