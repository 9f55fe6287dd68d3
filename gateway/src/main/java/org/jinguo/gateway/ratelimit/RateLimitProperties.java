package org.jinguo.gateway.ratelimit;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jinguo.gateway.rate-limits}: the limit every caller has on every route, unless its route
 * or its client has one of its own (a partner agency's bulk client, the web front end that all
 * its users share). Where both have one, the smaller applies, so a generous client is still held
 * to a costly route's limit. Each caller has its own bucket per route.
 *
 * @param store    {@code redis} (one count for all gateway instances, in the Redis that
 *                 {@code spring.data.redis.*} names) or {@code in-memory} (each instance counts alone)
 * @param redisTimeout how long a request waits for Redis's answer before it passes uncounted
 *                 (a broken counter must not take the front door down)
 * @param defaults the limit of a caller on a route when nothing more specific is set
 * @param routes   route id → its limit
 * @param clients  client id (or {@code address:<ip>}, for calls without a token) → its limit
 */
@ConfigurationProperties("jinguo.gateway.rate-limits")
public record RateLimitProperties(String store, Duration redisTimeout, Limit defaults, Map<String, Limit> routes, Map<String, Limit> clients) {

    public RateLimitProperties {
        store = store == null ? "in-memory" : store;
        redisTimeout = redisTimeout == null ? Duration.ofMillis(250) : redisTimeout;
        defaults = defaults == null ? new Limit(50, 100) : defaults;
        routes = routes == null ? Map.of() : new LinkedHashMap<>(routes);
        clients = clients == null ? Map.of() : new LinkedHashMap<>(clients);
    }

    Limit limitFor(String routeId, String client) {
        Limit route = routes.get(routeId);
        Limit caller = clients.get(client);
        if (route != null && caller != null) {
            return new Limit(Math.min(route.perSecond(), caller.perSecond()), Math.min(route.burst(), caller.burst()));
        }
        return caller != null ? caller : route != null ? route : defaults;
    }

    /** Every limit a request may get, each combination of a route's and a client's included. */
    Set<Limit> allLimits() {
        Set<Limit> all = new HashSet<>();
        all.add(defaults);
        all.addAll(routes.values());
        all.addAll(clients.values());
        for (String route : routes.keySet()) {
            for (String client : clients.keySet()) {
                all.add(limitFor(route, client));
            }
        }
        return all;
    }
}
