package org.jinguo.web.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation that answers 201, with the new record's address in {@code Location} when it
 * has one of its own, so that its description says 201 (the status is in the {@code ResponseEntity}, which the API
 * description cannot see).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Creates {

    /** Whether the new record has an address of its own, given in {@code Location}. */
    boolean located() default true;

    /** Whether creating what already exists answers 200 and changes nothing, instead of a conflict. */
    boolean okWhenPresent() default false;
}
