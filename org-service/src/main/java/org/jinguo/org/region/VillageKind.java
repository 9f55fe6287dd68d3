package org.jinguo.org.region;

import org.jinguo.service.labels.LabeledEnum;

/** A village (村) or an urban community (社区). */
public enum VillageKind implements LabeledEnum {
    VILLAGE("村", "Village"),
    COMMUNITY("社区", "Community");

    private final String labelZh;
    private final String labelEn;

    VillageKind(String labelZh, String labelEn) {
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
