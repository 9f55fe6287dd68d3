package org.jinguo.org.region;

import org.jinguo.service.labels.LabeledEnum;

/** Whether a village is in use or has been retired (e.g. merged into another). */
public enum VillageStatus implements LabeledEnum {
    ACTIVE("在用", "Active"),
    RETIRED("已撤销", "Retired");

    private final String labelZh;
    private final String labelEn;

    VillageStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() {
        return labelZh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }
}
