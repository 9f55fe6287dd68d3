package org.jinguo.web.problem;

/**
 * What is wrong with one field of a request.
 *
 * @param field     the field's path as the caller sent it, e.g. {@code nameZh} or {@code items[2].amountFen}
 * @param code      a stable code, e.g. {@code NotBlank}, {@code UNKNOWN_FIELD}
 * @param message   the message in the caller's language; null to look it up under {@code field.<code>}
 * @param arguments values for the message
 */
public record FieldProblem(String field, String code, String message, Object... arguments) {
}
