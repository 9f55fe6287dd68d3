package org.jinguo.web.labels;

import com.fasterxml.jackson.annotation.JsonRootName;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The enumerations a service exposes, with the zh-CN and en label of every code. Labels live in
 * the service's {@code labels.properties} (zh-CN) and {@code labels_en.properties} as
 * {@code <EnumName>.<CODE>=…}, so domain enums stay plain; a missing label fails at start-up.
 */
public final class EnumLabelCatalog {

    static final String BUNDLE = "labels";

    private final Map<String, List<Label>> labels;

    private EnumLabelCatalog(Map<String, List<Label>> labels) {
        this.labels = labels;
    }

    @SafeVarargs
    public static EnumLabelCatalog of(Class<? extends Enum<?>>... enumerations) {
        Properties chinese = load(BUNDLE + ".properties");
        Properties english = load(BUNDLE + "_en.properties");
        Map<String, List<Label>> labels = new TreeMap<>();
        for (Class<? extends Enum<?>> enumeration : enumerations) {
            List<Label> values = new ArrayList<>();
            for (Enum<?> constant : enumeration.getEnumConstants()) {
                String key = enumeration.getSimpleName() + "." + constant.name();
                values.add(new Label(constant.name(), label(chinese, key), label(english, key)));
            }
            labels.put(enumeration.getSimpleName(), List.copyOf(values));
        }
        return new EnumLabelCatalog(labels);
    }

    /** Enumeration name → its values in declaration order. */
    public Map<String, List<Label>> labels() {
        return labels;
    }

    private static Properties load(String resource) {
        Properties labels = new Properties();
        try (InputStream in = EnumLabelCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return labels;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(Properties labels, String key) {
        String label = labels.getProperty(key);
        if (label == null || label.isBlank()) {
            throw new IllegalStateException("No label for " + key + " in " + BUNDLE + "*.properties");
        }
        return label;
    }

    /** One value: its stable code and its labels. */
    @JsonRootName("Label")
    public record Label(String code, String zh, String en) {
    }
}
