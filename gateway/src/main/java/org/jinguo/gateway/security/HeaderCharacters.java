package org.jinguo.gateway.security;

/**
 * The characters Spring Security's {@code StrictServerWebExchangeFirewall} allows in header names
 * (assigned, not control) and values (the same, and tab), checked without its regular
 * expressions. The firewall checks each header the gateway reads, and the bearer token (about 800
 * characters) on every request: the expression was 1.3% of the gateway's CPU per request
 * (bench/README.md, "Bearer tokens without a regular expression").
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    static boolean allowedInName(String name) {
        return name == null || allAllowed(name, false);
    }

    static boolean allowedInValue(String value) {
        return value == null || allAllowed(value, true);
    }

    private static boolean allAllowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint >= ' ' && codePoint < 0x7f) {
                continue;
            }
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
        }
        return true;
    }
}
