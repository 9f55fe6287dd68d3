package org.jinguo.values;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * A resident identity card number of GB 11643-1999: 17 digits (area, birth date, sequence) and
 * a check character from weights 2^(17-i) mod 11, 'X' standing for 10. A lower-case 'x' is read
 * as 'X'.
 */
public record ResidentIdNumber(String value) {

    /** The form of a number: 17 digits and a check character, a digit or X (x read as X). */
    public static final String FORMAT = "[0-9]{17}[0-9Xx]";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    /** @return the number if it is well formed, names a real birth date and has the right check character */
    public static Optional<ResidentIdNumber> parse(String text) {
        if (text == null || !text.matches(FORMAT)) {
            return Optional.empty();
        }
        String number = text.toUpperCase(Locale.ROOT);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        if (number.charAt(17) != CHECK.charAt(sum % 11)) {
            return Optional.empty();
        }
        try {
            LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.of(new ResidentIdNumber(number));
    }

    public int birthYear() {
        return Integer.parseInt(value.substring(6, 10));
    }

    /** The sequence's last digit is even for a woman (GB 11643-1999). */
    public boolean female() {
        return (value.charAt(16) - '0') % 2 == 0;
    }

    /** The first six and last four characters, the rest hidden, as lists show it. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }
}
