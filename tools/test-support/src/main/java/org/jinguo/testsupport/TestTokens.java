package org.jinguo.testsupport;

import java.util.List;

/** Bearer tokens for the callers of docs/architecture.md §5, from the {@link TestIssuer}. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String cityAdmin() {
        return role("CITY_ADMIN", null);
    }

    public static String townStaff(String townCode) {
        return role("TOWN_STAFF", townCode);
    }

    /** A person with one role; {@code townCode} for a town-scoped role, else null. */
    public static String role(String role, String townCode) {
        return bearer(TestIssuer.get().token(role.toLowerCase() + "-tester", List.of(role), townCode, List.of()));
    }

    /** A particular person's account, for rules about her own records: {@code subject} names the account. */
    public static String user(String subject, String role, String townCode) {
        return bearer(TestIssuer.get().token(subject, List.of(role), townCode, List.of()));
    }

    /** A partner agency's client with the given scopes and no role. */
    public static String partner(String... scopes) {
        return bearer(TestIssuer.get().token("partner-tester", List.of(), null, List.of(scopes)));
    }

    /** A particular partner client, for rules about what one partner may see of another's. */
    public static String partnerClient(String clientId, String... scopes) {
        return bearer(TestIssuer.get().token(clientId, List.of(), null, List.of(scopes)));
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }
}
