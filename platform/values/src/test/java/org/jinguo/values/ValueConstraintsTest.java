package org.jinguo.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.MessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The shared constraints accept exactly what the value types read, and are reported by their own names and words. */
class ValueConstraintsTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Contact(@TownCode String town, @MobilePhoneNumber String phone, @ResidentIdNumberFormat String idNumber) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void acceptsWellFormedValuesAndNone() {
        assertThat(VALIDATOR.validate(new Contact("GUSHAN", "13912345678", "33078419900101123X"))).isEmpty();
        assertThat(VALIDATOR.validate(new Contact("XI_CHENG", "19900000000", "330784199001011234"))).isEmpty();
        assertThat(VALIDATOR.validate(new Contact(null, null, null))).isEmpty();
    }

    @Test
    void refusesEachMalformedValueByItsOwnNameWithoutShowingAPattern() {
        Set<ConstraintViolation<Contact>> violations = VALIDATOR.validate(new Contact("gushan", "12912345678", "33078419900101123Y"));

        assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("town", "phone", "idNumber");
        assertThat(violations).<Class<?>>extracting(violation -> violation.getConstraintDescriptor().getAnnotation().annotationType())
                .containsExactlyInAnyOrder(TownCode.class, MobilePhoneNumber.class, ResidentIdNumberFormat.class);
        assertThat(violations).extracting(ConstraintViolation::getMessage).noneMatch(message -> message.contains("[0-9]"));
    }

    @Test
    void explainsEachFormatInChineseAndEnglish() {
        assertThat(messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("须为镇街代码：大写字母和下划线，如 GUSHAN");
        assertThat(messageIn(Locale.ENGLISH)).isEqualTo("must be a town's code: capital letters and underscores, e.g. GUSHAN");
    }

    private static String messageIn(Locale locale) {
        ConstraintViolation<Contact> violation = VALIDATOR.validate(new Contact("gushan", null, null)).iterator().next();
        return FACTORY.getMessageInterpolator().interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        }, locale);
    }

    @Test
    void aNumberTheConstraintAcceptsIsOneTheValueTypeCanRead() {
        assertThat(MobilePhone.parse("13912345678")).isPresent();
        assertThat(MobilePhone.parse("12912345678")).isEmpty();
        assertThat(VALIDATOR.validate(new Contact(null, "1391234567", null))).hasSize(1);
    }
}
