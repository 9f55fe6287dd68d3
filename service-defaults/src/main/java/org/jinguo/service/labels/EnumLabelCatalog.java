package org.jinguo.service.labels;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The labelled enumerations a service exposes, declared once by the service as a bean. */
public final class EnumLabelCatalog {

    private final Map<String, List<Label>> labels = new TreeMap<>();

    @SafeVarargs
    public static EnumLabelCatalog of(Class<? extends LabeledEnum>... enumerations) {
        EnumLabelCatalog catalog = new EnumLabelCatalog();
        for (Class<? extends LabeledEnum> enumeration : enumerations) {
            catalog.labels.put(enumeration.getSimpleName(), java.util.Arrays.stream(enumeration.getEnumConstants())
                    .map(constant -> new Label(constant.name(), constant.labelZh(), constant.labelEn()))
                    .toList());
        }
        return catalog;
    }

    /** Enumeration name → its values in declaration order. */
    public Map<String, List<Label>> labels() {
        return labels;
    }

    /** One value: its stable code and its labels. */
    public record Label(String code, String zh, String en) {
    }
}
