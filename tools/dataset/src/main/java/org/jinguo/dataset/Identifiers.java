package org.jinguo.dataset;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Identifiers as the services check them: ids derived from a record's name (so loading again
 * finds the same records), unified social credit codes (GB 32100-2015), resident ID numbers (GB
 * 11643-1999) and mainland mobile numbers.
 */
final class Identifiers {

    private static final String CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_NUMBER_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_NUMBER_CHECK = "10X98765432";
    /** Yongkang's administrative division code. */
    private static final String YONGKANG = "330784";

    private Identifiers() {
    }

    static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(("jinguo-data-set:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /** An enterprise's code (registered by market regulation, 9 + 1) in Yongkang, its organisation code from {@code serial}. */
    static String creditCode(char series, long serial) {
        StringBuilder code = new StringBuilder("91").append(YONGKANG).append(series);
        String digits = Long.toString(serial, 31).toUpperCase();
        StringBuilder organisation = new StringBuilder();
        for (char digit : digits.toCharArray()) {
            organisation.append(CREDIT_CODE_CHARACTERS.charAt(Character.digit(digit, 31)));
        }
        code.append("0".repeat(8 - organisation.length())).append(organisation);
        return code.append(creditCodeCheck(code.toString())).toString();
    }

    static char creditCodeCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_CHARACTERS.indexOf(first17.charAt(i)) * CREDIT_CODE_WEIGHTS[i];
        }
        return CREDIT_CODE_CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** A woman's number (the sequence's last digit even) born in Yongkang on {@code birthDate}. */
    static String womansIdNumber(LocalDate birthDate, int sequence) {
        int even = (sequence % 500) * 2;
        String first = YONGKANG + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", even);
        return first + idNumberCheck(first);
    }

    static char idNumberCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_NUMBER_WEIGHTS[i];
        }
        return ID_NUMBER_CHECK.charAt(sum % 11);
    }

    /** @param prefix three digits, 13x to 19x */
    static String phone(String prefix, long serial) {
        return prefix + String.format("%08d", serial % 100_000_000L);
    }
}
