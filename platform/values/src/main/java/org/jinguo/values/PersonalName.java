package org.jinguo.values;

/** A person's name as shown to whoever need not see it: the first and last characters, the rest starred. */
public final class PersonalName {

    private PersonalName() {
    }

    public static String masked(String name) {
        int[] characters = name.codePoints().toArray();
        if (characters.length <= 1) {
            return name;
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(characters[0]);
        masked.append("*".repeat(Math.max(1, characters.length - 2)));
        if (characters.length > 2) {
            masked.appendCodePoint(characters[characters.length - 1]);
        }
        return masked.toString();
    }
}
