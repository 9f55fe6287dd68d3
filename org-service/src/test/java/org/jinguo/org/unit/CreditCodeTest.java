package org.jinguo.org.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "914403001922038216", "91330100799655058B", "9144030071526726XG",
            "91110000600037341L"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(CreditCode.parse(code)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330100799655058b", "9144030071526726xg", "91350100m000100y43"})
    void readsLowerCaseAsCapitals(String code) {
        assertThat(CreditCode.parse(code)).contains(code.toUpperCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44", // wrong check character
            "91330100799655058C", // wrong check character
            "914403001922038217", // wrong check digit
            "91350100I000100Y43", // I is not in the standard's alphabet
            "91350100O000100Y43", // nor O
            "9135010SM000100Y43", // nor S
            "91350100M000100Y4", // 17 characters
            "91350100M000100Y433", // 19 characters
            "91350100M000100Y4-", // a sign
            ""})
    void refusesMalformedCodesAndWrongCheckCharacters(String code) {
        assertThat(CreditCode.parse(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330784MA2E8W1K29"})
    void acceptsACodeOfYongkangComputedByTheStandard(String code) {
        assertThat(CreditCode.parse(code)).isPresent();
        assertThat(CreditCode.parse(code.substring(0, 17) + "P")).isEmpty();
    }
}
