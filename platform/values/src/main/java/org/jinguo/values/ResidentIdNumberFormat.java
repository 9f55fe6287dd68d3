package org.jinguo.values;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * The form of a resident identity card number ({@link ResidentIdNumber}): 17 digits and a digit or X. The check character and birth date are checked where the number is read, with {@link ResidentIdNumber#parse}.
 * A null value is valid; add {@code @NotNull} where it is required.
 */
@Documented
@Pattern(regexp = ResidentIdNumber.FORMAT)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentIdNumberFormat {

    String message() default "{org.jinguo.values.ResidentIdNumberFormat.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
