package org.jinguo.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jinguo.web.validation.PlainTextValidator;
import org.junit.jupiter.api.Test;

class PlainTextValidatorTest {

    private final PlainTextValidator validator = new PlainTextValidator();

    @Test
    void acceptsChineseEnglishAndCharactersOutsideTheBasicPlane() {
        assertThat(validator.isValid("晏塘村 Yantang 𠀀", null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void refusesControlCharactersAndLoneSurrogates() {
        assertThat(validator.isValid("a\u0000b", null)).isFalse();
        assertThat(validator.isValid("line\nbreak", null)).isFalse();
        assertThat(validator.isValid("\uD800x", null)).isFalse();
        assertThat(validator.isValid("x\uDC00", null)).isFalse();
    }
}
