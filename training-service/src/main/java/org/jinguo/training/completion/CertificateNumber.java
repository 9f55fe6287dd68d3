package org.jinguo.training.completion;

import java.util.regex.Pattern;

/** A completion certificate's number, read aloud and printed: {@code YK-TRN-2024-000123} (year of issue, then that year's sequence). */
public record CertificateNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("YK-TRN-\\d{4}-\\d{6,}");

    public CertificateNumber {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a certificate number: " + value);
        }
    }

    static CertificateNumber of(int year, int sequence) {
        return new CertificateNumber("YK-TRN-%04d-%06d".formatted(year, sequence));
    }

    static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
