package org.jinguo.web.problem;

/**
 * A domain rule refused a change (e.g. renaming a retired village). Answered as 409 with the
 * rule's code. Plain Java, so that domain classes can throw it without depending on Spring.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public RuleViolation(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
