package org.jinguo.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code jinguo.gateway.rate-limits}: the limit every caller has on every route, unless its route
 * or its client has one of its own (a client's wins: a partner agency's bulk client, the web
 * front end that all its users share). Each caller has its own bucket per route.
 *
 * @param store    {@code redis} (one count for all gateway instances, in the Redis that
 *                 {@code spring.data.redis.*} names) or {@code in-memory} (each instance counts alone)
 * @param defaults the limit of a caller on a route when nothing more specific is set
 * @param routes   route id → its limit
 * @param clients  client id (or the caller's address, for calls without a token) → its limit
 */
@ConfigurationProperties("jinguo.gateway.rate-limits")
public record RateLimitProperties(String store, Limit defaults, Map<String, Limit> routes, Map<String, Limit> clients) {

    public RateLimitProperties {
        store = store == null ? "in-memory" : store;
        defaults = defaults == null ? new Limit(50, 100) : defaults;
        routes = routes == null ? Map.of() : new LinkedHashMap<>(routes);
        clients = clients == null ? Map.of() : new LinkedHashMap<>(clients);
    }

    Limit limitFor(String routeId, String client) {
        Limit limit = clients.get(client);
        if (limit != null) {
            return limit;
        }
        return routes.getOrDefault(routeId, defaults);
    }
}
