package org.jinguo.identity.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The resource servers an access token may reach, its {@code aud}: the gateway, and the services
 * behind it that its client may call. Each of them accepts only tokens that name it, so a token
 * meant for one partner service opens no other, and an ID token (its audience is the client that
 * asked for it) opens none.
 */
public final class Audiences {

    public static final String GATEWAY = "gateway";
    public static final String IDENTITY = "identity-service";
    private static final List<String> SERVICES = List.of("org-service", "training-service", "commerce-service", "care-service");

    private Audiences() {
    }

    /** A person's or the operations client's token: the front ends and scripts reach every service, identity's admin API included. */
    static List<String> everyService() {
        List<String> audience = new ArrayList<>(List.of(GATEWAY, IDENTITY));
        audience.addAll(SERVICES);
        return audience;
    }

    /** A partner's token: the gateway and the services its scopes name ({@code care.read} → care-service). */
    static List<String> ofScopes(Collection<String> scopes) {
        List<String> audience = new ArrayList<>(List.of(GATEWAY));
        for (String service : SERVICES) {
            String prefix = service.substring(0, service.length() - "-service".length()) + ".";
            if (scopes.stream().anyMatch(scope -> scope.startsWith(prefix))) {
                audience.add(service);
            }
        }
        return audience;
    }
}
