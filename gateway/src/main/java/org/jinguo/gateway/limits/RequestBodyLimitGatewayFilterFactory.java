package org.jinguo.gateway.limits;

import java.util.List;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * {@code RequestBodyLimit=1MB}: refuses a request whose declared body is larger than the route
 * allows, before anything is read or sent to the service.
 *
 * <p>Like Spring Cloud Gateway's {@code RequestSize} filter it judges the Content-Length header,
 * but it raises the error instead of ending the response, so the caller gets a 413 problem like
 * every other error. A body sent without a length (chunked) is refused with 411: its size could
 * only be known by reading it all. The filter runs before the gateway reads a body into memory
 * (the breaker's fallback makes it cache bodies), whatever its place in the route's list.
 */
@Component
public class RequestBodyLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<RequestBodyLimitGatewayFilterFactory.Config> {

    /** Before {@code AdaptCachedBodyGlobalFilter} (HIGHEST_PRECEDENCE + 1000), which reads a body whole. */
    public static final int BEFORE_BODY_CACHING = Ordered.HIGHEST_PRECEDENCE + 500;

    public RequestBodyLimitGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("maxSize");
    }

    @Override
    public GatewayFilter apply(Config config) {
        Assert.notNull(config.getMaxSize(), "RequestBodyLimit needs a maximum size, e.g. RequestBodyLimit=1MB");
        long maxBytes = config.getMaxSize().toBytes();
        GatewayFilter limit = (exchange, chain) -> {
            HttpHeaders headers = exchange.getRequest().getHeaders();
            long declared = headers.getContentLength();
            if (declared > maxBytes) {
                return Mono.error(new ContentTooLargeException(null));
            }
            if (declared < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
                return Mono.error(new ResponseStatusException(HttpStatus.LENGTH_REQUIRED));
            }
            return chain.filter(exchange);
        };
        return new OrderedGatewayFilter(limit, BEFORE_BODY_CACHING);
    }

    public static class Config {

        private DataSize maxSize;

        public DataSize getMaxSize() {
            return maxSize;
        }

        public void setMaxSize(DataSize maxSize) {
            this.maxSize = maxSize;
        }
    }
}
