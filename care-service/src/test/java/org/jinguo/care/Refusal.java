package org.jinguo.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jinguo.web.problem.ApiException;
import org.jinguo.web.problem.FieldProblem;

/**
 * How a rule refused a change, for unit tests of the aggregates: the HTTP status it maps to and
 * its code, for a broken field rule "field CODE" (what the caller reads in the problem's errors).
 */
public record Refusal(int status, String code) {

    public static Refusal of(ThrowingCallable change) {
        Throwable thrown = catchThrowable(change);
        assertThat(thrown).as("the change is refused").isInstanceOf(ApiException.class);
        ApiException refusal = (ApiException) thrown;
        if (refusal.fieldProblems().isEmpty()) {
            return new Refusal(refusal.status().value(), refusal.code());
        }
        FieldProblem problem = refusal.fieldProblems().get(0);
        return new Refusal(refusal.status().value(), problem.field() + " " + problem.code());
    }
}
