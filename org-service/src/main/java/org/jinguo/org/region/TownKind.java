package org.jinguo.org.region;

import org.jinguo.service.labels.LabeledEnum;

/** What kind of township-level division a town is. */
public enum TownKind implements LabeledEnum {
    SUBDISTRICT("街道", "Subdistrict"),
    TOWN("镇", "Town"),
    ZONE("区", "Zone");

    private final String labelZh;
    private final String labelEn;

    TownKind(String labelZh, String labelEn) {
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
