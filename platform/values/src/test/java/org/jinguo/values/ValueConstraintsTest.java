package org.jinguo.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The shared constraints accept exactly what the value types read, and are reported as the pattern they are. */
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
    void refusesEachMalformedValueAsAPattern() {
        Set<ConstraintViolation<Contact>> violations = VALIDATOR.validate(new Contact("gushan", "12912345678", "33078419900101123Y"));

        assertThat(violations).extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("town", "phone", "idNumber");
        // Reported as the Pattern they are made of: problems name the constraint "Pattern", as before.
        assertThat(violations).allSatisfy(violation ->
                assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType()).isEqualTo(Pattern.class));
    }

    @Test
    void aNumberTheConstraintAcceptsIsOneTheValueTypeCanRead() {
        assertThat(MobilePhone.parse("13912345678")).isPresent();
        assertThat(MobilePhone.parse("12912345678")).isEmpty();
        assertThat(VALIDATOR.validate(new Contact(null, "1391234567", null))).hasSize(1);
    }
}
