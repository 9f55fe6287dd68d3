package org.jinguo.org.unit;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code of GB 32100-2015: 18 characters from the 31 the standard allows
 * (digits and capital letters without I, O, S, V and Z), the last a check character computed from
 * the first 17 with weights 3^i mod 31. Lower-case input is read as capitals.
 */
public final class CreditCode {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** @return the code in capitals if it is well formed and its check character is right, else empty */
    public static Optional<String> parse(String text) {
        if (text == null || text.length() != 18) {
            return Optional.empty();
        }
        String code = text.toUpperCase(Locale.ROOT);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARACTERS.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            sum += value * WEIGHTS[i];
        }
        char check = CHARACTERS.charAt((31 - sum % 31) % 31);
        return code.charAt(17) == check ? Optional.of(code) : Optional.empty();
    }
}
