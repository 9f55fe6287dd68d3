package org.jinguo.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.values.MobilePhone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "330784198503080021"})
    void acceptsNumbersWithARealBirthDateAndTheRightCheckCharacter(String number) {
        assertThat(ResidentIdNumber.parse(number)).map(ResidentIdNumber::value).contains(number);
    }

    @Test
    void readsALowerCaseXAsACapitalAndKnowsTheBirthYear() {
        ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002x").orElseThrow();

        assertThat(number.value()).isEqualTo("11010519491231002X");
        assertThat(number.birthYear()).isEqualTo(1949);
        assertThat(number.masked()).isEqualTo("110105********002X");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021", // wrong check character
            "440524188001010015", // wrong check digit
            "330784198502300029", // 30 February, with the check character right
            "11010519491231002", // 17 characters
            "1101051949123100X2", // X before the end
            "11010519491231002Y", ""})
    void refusesMalformedNumbersImpossibleDatesAndWrongCheckCharacters(String number) {
        assertThat(ResidentIdNumber.parse(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13857912345", "19912345678"})
    void acceptsMainlandMobileNumbers(String phone) {
        assertThat(MobilePhone.parse(phone)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12857912345", "1385791234", "138579123456", "0579-8765432", "+8613857912345"})
    void refusesOtherPhoneNumbers(String phone) {
        assertThat(MobilePhone.parse(phone)).isEmpty();
    }

    @Test
    void masksTheMiddleFourDigitsOfAPhone() {
        assertThat(MobilePhone.parse("13857912345").orElseThrow().masked()).isEqualTo("138****2345");
    }
}
