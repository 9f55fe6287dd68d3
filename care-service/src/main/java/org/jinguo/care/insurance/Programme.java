package org.jinguo.care.insurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One programme year of the women's wellbeing insurance (女性安康保险), with its premium (paid
 * for the woman) and its eligibility rule: a low-income woman (by her ID number), her household's monthly income per
 * head at most {@code incomeLimitFen}, aged {@code minAge} to {@code maxAge} in the programme year.
 */
record Programme(UUID id, int year, String name, long premiumFen, long incomeLimitFen, int minAge, int maxAge) {

    static final String INCOME_ABOVE_LIMIT = "INCOME_ABOVE_LIMIT";
    static final String AGE_OUTSIDE_PROGRAMME = "AGE_OUTSIDE_PROGRAMME";
    static final String NOT_A_WOMAN = "NOT_A_WOMAN";

    /** @return why she is not eligible, empty when she is */
    List<String> ineligibility(boolean woman, int birthYear, long monthlyIncomePerCapitaFen) {
        List<String> reasons = new ArrayList<>();
        if (!woman) {
            reasons.add(NOT_A_WOMAN);
        }
        if (monthlyIncomePerCapitaFen > incomeLimitFen) {
            reasons.add(INCOME_ABOVE_LIMIT);
        }
        int age = year - birthYear;
        if (age < minAge || age > maxAge) {
            reasons.add(AGE_OUTSIDE_PROGRAMME);
        }
        return reasons;
    }

    /** Cover runs from enrolment to the end of the programme year. */
    LocalDate coverEnds() {
        return LocalDate.of(year, 12, 31);
    }

    boolean inYear(LocalDate day) {
        return day.getYear() == year;
    }
}
