package org.jinguo.values;

import java.util.Optional;

/** A mainland China mobile number: 11 digits starting 13 to 19. Every service that keeps phones reads them with it. */
public record MobilePhone(String value) {

    /** The form of a mainland China mobile number. */
    public static final String FORMAT = "1[3-9][0-9]{9}";

    public static Optional<MobilePhone> parse(String text) {
        return text != null && text.matches(FORMAT) ? Optional.of(new MobilePhone(text)) : Optional.empty();
    }

    /** The middle four digits hidden, as lists show it. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }
}
