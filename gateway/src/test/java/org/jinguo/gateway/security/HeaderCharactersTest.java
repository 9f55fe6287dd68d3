package org.jinguo.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** Every character must be allowed or refused exactly as by Spring Security's firewall. */
class HeaderCharactersTest {

    private static final Predicate<String> SPRING_NAMES = StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES;
    private static final Predicate<String> SPRING_VALUES = StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES;

    @Test
    void everyCodePointAloneIsJudgedAsByTheFirewall() {
        int differences = 0;
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = new String(Character.toChars(codePoint));
            if (HeaderCharacters.allowedInName(text) != SPRING_NAMES.test(text)
                    || HeaderCharacters.allowedInValue(text) != SPRING_VALUES.test(text)) {
                differences++;
            }
        }
        assertThat(differences).isZero();
    }

    @Test
    void tabIsAllowedInValuesOnlyAndOtherControlsNowhere() {
        assertThat(HeaderCharacters.allowedInValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedInName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("a\u0085b")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("a\rb")).isFalse();
        assertThat(HeaderCharacters.allowedInValue("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isTrue();
        assertThat(HeaderCharacters.allowedInValue(null)).isTrue();
        assertThat(HeaderCharacters.allowedInName(null)).isTrue();
    }

    @Test
    void mixedTextsAndLoneSurrogatesAreJudgedAsByTheFirewall() {
        Random random = new Random(20261130);
        char[] alphabet = {'a', 'Z', '9', ' ', '\t', '\n', '\u007f', '\u0085', '\u00e9', '\u0378', '\ud800', '\udc00', '\ud83d', '\ude00', '\uffff'};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int c = 0; c < length; c++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String header = text.toString();
            assertThat(HeaderCharacters.allowedInName(header)).as(header).isEqualTo(SPRING_NAMES.test(header));
            assertThat(HeaderCharacters.allowedInValue(header)).as(header).isEqualTo(SPRING_VALUES.test(header));
        }
    }
}
